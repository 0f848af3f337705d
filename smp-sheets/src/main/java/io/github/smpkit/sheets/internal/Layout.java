package io.github.smpkit.sheets.internal;

import io.github.smpkit.json.JsonTree;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.sheets.internal.Column.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workbook's layout, derived from the JSON Schema of smpkit's format ({@link SmpJson#schema()})
 * so that a field added to the model reaches the workbook without an edit here:
 *
 * <ul>
 *   <li>the partnership is one row of the sheet {@code Partnerships};
 *   <li>a field that is an object (a time frame, an amount of money) spreads over several
 *       columns of the row that holds it ({@code Time frame: start}); a field that may take one of
 *       several object forms (a count of people) gets the columns of all forms;
 *   <li>an array of objects, or of free text, is a sheet of its own, one row per element;
 *   <li>an array of constants, codes or whole numbers is one cell, values separated by {@code ;}.
 * </ul>
 */
public final class Layout {

  /** The title of the column that names a row's partnership in every sheet but the partnerships'. */
  public static final String PARTNERSHIP_KEY = "Partnership ID";
  /** The name of the sheet of partnerships. */
  public static final String ROOT_SHEET = "Partnerships";
  /** The name of the sheet that explains the workbook. */
  public static final String README_SHEET = "README";
  /** The name of the hidden sheet that holds the drop-down lists. */
  public static final String LISTS_SHEET = "Lists";
  /** The longest sheet name a workbook allows. */
  static final int MAX_SHEET_NAME = 31;

  private static final Layout STANDARD = fromSchema(SmpJson.schema());

  private final List<Table> tables;

  private Layout(List<Table> tables) {
    this.tables = List.copyOf(tables);
  }

  /** The layout of smp-json's schema. */
  public static Layout standard() {
    return STANDARD;
  }

  /** Every table, the partnerships first, each followed by the tables inside its elements. */
  public List<Table> tables() {
    return tables;
  }

  /** The partnerships' table. */
  public Table root() {
    return tables.get(0);
  }

  /** The table of a sheet name, if any. */
  public Optional<Table> table(String sheetName) {
    return tables.stream().filter(t -> t.sheetName().equals(sheetName)).findFirst();
  }

  /**
   * The layout of a JSON Schema as smp-json writes it: a root object whose properties are plain
   * values, {@code $ref}s to {@code $defs} (objects, enumerations, {@code oneOf} forms) or arrays.
   *
   * @param schemaJson the schema's text
   * @return the layout
   * @throws IllegalArgumentException when the schema has a shape this derivation does not know
   */
  static Layout fromSchema(String schemaJson) {
    Map<String, Object> schema = map(JsonTree.parse(schemaJson), "schema");
    Map<String, Object> defs = map(schema.getOrDefault("$defs", Map.of()), "$defs");
    Builder b = new Builder(defs);
    Table root = b.table(ROOT_SHEET, Optional.empty(), List.of(), "Partnership", schema, false);
    List<Table> all = new ArrayList<>();
    addDepthFirst(root, all);
    Set<String> names = new HashSet<>();
    for (Table t : all) {
      if (!names.add(t.sheetName())) {
        throw new IllegalArgumentException("two tables named " + t.sheetName());
      }
    }
    return new Layout(all);
  }

  private static void addDepthFirst(Table t, List<Table> out) {
    out.add(t);
    t.children().forEach(c -> addDepthFirst(c, out));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String what) {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException(what + " is not an object in the schema");
  }

  /** Walks the schema; pending child tables are made after their parent's columns. */
  private static final class Builder {
    private final Map<String, Object> defs;

    Builder(Map<String, Object> defs) {
      this.defs = defs;
    }

    Table table(String name, Optional<Table> parent, List<String> path, String elementName, Map<String, Object> items,
        boolean scalar) {
      List<Column> columns = new ArrayList<>();
      List<PendingChild> pending = new ArrayList<>();
      if (scalar) {
        String valueTitle = Words.singular(Words.sentence(Words.of(path.get(path.size() - 1))));
        columns.add(scalarColumn(valueTitle, List.of(), items, true));
      } else {
        objectColumns(items, List.of(), parent.isEmpty(), columns, pending);
      }
      Table table = new Table(name, parent, path, elementName, columns, scalar);
      for (PendingChild c : pending) {
        String childName = childSheetName(table, c.path());
        table(childName, Optional.of(table), c.path(), Words.singular(childName), c.items(), c.scalar());
      }
      return table;
    }

    private static String childSheetName(Table parent, List<String> path) {
      List<String> words = new ArrayList<>();
      if (!parent.isRoot()) {
        words.addAll(List.of(Words.singular(parent.sheetName()).toLowerCase(java.util.Locale.ROOT).split(" ")));
      }
      for (String field : path) {
        words.addAll(Words.of(field));
      }
      String name = Words.sentence(words);
      while (name.length() > MAX_SHEET_NAME && words.size() > 1) {
        words.remove(0);
        name = Words.sentence(words);
      }
      return name;
    }

    private void objectColumns(Map<String, Object> object, List<String> prefix, boolean root, List<Column> columns,
        List<PendingChild> pending) {
      Map<String, Object> properties = map(object.getOrDefault("properties", Map.of()), "properties");
      Set<String> required = new HashSet<>();
      if (object.get("required") instanceof List<?> r) {
        r.forEach(x -> required.add(String.valueOf(x)));
      }
      for (Map.Entry<String, Object> e : properties.entrySet()) {
        String field = e.getKey();
        if (root && field.equals("formatVersion")) {
          continue;
        }
        List<String> path = append(prefix, field);
        Map<String, Object> def = resolve(map(e.getValue(), field));
        String type = String.valueOf(def.get("type"));
        if (type.equals("array")) {
          Map<String, Object> items = resolve(map(def.get("items"), field + " items"));
          if (isObject(items) || isFreeText(items)) {
            pending.add(new PendingChild(path, items, !isObject(items)));
          } else {
            Column item = scalarColumn(field, path, items, false);
            columns.add(new Column(Words.title(path), path, Kind.LIST, item.kind(), item.allowed(), item.codeList(),
                item.pattern(), item.minimum(), item.maximum(), item.maxLength(), prefix.isEmpty() && required.contains(field)));
          }
        } else if (def.get("oneOf") instanceof List<?> forms) {
          Map<String, Object> union = new LinkedHashMap<>();
          for (Object form : forms) {
            union.putAll(map(resolve(map(form, field)).getOrDefault("properties", Map.of()), field));
          }
          objectColumns(Map.of("properties", union), path, false, columns, pending);
        } else if (isObject(def)) {
          if (!(def.get("required") instanceof List<?> r) || r.isEmpty()) {
            // an object with only optional fields may be present and empty: a column records that
            columns.add(new Column(Words.title(path) + ": recorded", path, Kind.PRESENCE, Kind.PRESENCE, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
          }
          objectColumns(def, path, false, columns, pending);
        } else {
          columns.add(scalarColumn(field, path, def, prefix.isEmpty() && required.contains(field)));
        }
      }
    }

    private Column scalarColumn(String field, List<String> path, Map<String, Object> def, boolean required) {
      String title = path.isEmpty() ? field : Words.title(path);
      Optional<String> pattern = Optional.ofNullable((String) def.get("pattern"));
      Optional<Long> min = number(def.get("minimum"));
      Optional<Long> max = number(def.get("maximum"));
      Optional<Long> maxLength = number(def.get("maxLength"));
      if (def.get("enum") instanceof List<?> values) {
        return new Column(title, path, Kind.ENUM, Kind.ENUM, values.stream().map(String::valueOf).toList(),
            Optional.empty(), pattern, min, max, maxLength, required);
      }
      Kind kind = switch (String.valueOf(def.get("type"))) {
        case "string" -> Kind.TEXT;
        case "integer" -> Kind.INTEGER;
        case "number" -> Kind.NUMBER;
        case "boolean" -> Kind.BOOLEAN;
        default -> throw new IllegalArgumentException("a field of an unknown type in the schema: " + field);
      };
      Optional<String> codeList = pattern.flatMap(CodeLists::forPattern);
      List<String> allowed = codeList.map(CodeLists::codes).orElse(List.of());
      return new Column(title, path, kind, kind, allowed, codeList, pattern, min, max, maxLength, required);
    }

    private Map<String, Object> resolve(Map<String, Object> def) {
      Object ref = def.get("$ref");
      if (ref == null) {
        return def;
      }
      String name = String.valueOf(ref).substring("#/$defs/".length());
      return resolve(map(defs.get(name), name));
    }

    private static boolean isObject(Map<String, Object> def) {
      return "object".equals(def.get("type")) || def.get("oneOf") instanceof List<?>;
    }

    /**
     * A string that is not a code: it has no pattern, or only the pattern every free text has
     * (allowed characters, not blank), whereas a code's pattern fixes its form in a group:
     * {@code ^(...)}.
     */
    private static boolean isFreeText(Map<String, Object> def) {
      return "string".equals(def.get("type")) && def.get("enum") == null
          && !(def.get("pattern") instanceof String p && p.startsWith("^("));
    }

    private static Optional<Long> number(Object o) {
      return o instanceof BigInteger n ? Optional.of(n.longValueExact()) : Optional.empty();
    }

    private static List<String> append(List<String> prefix, String field) {
      List<String> path = new ArrayList<>(prefix);
      path.add(field);
      return path;
    }
  }

  private record PendingChild(List<String> path, Map<String, Object> items, boolean scalar) {}
}
