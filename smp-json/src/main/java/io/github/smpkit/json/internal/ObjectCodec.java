package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The codec of one object type of the model, described field by field in the accessor order of
 * its abstract type. Writing follows that order; reading checks every member, collects every
 * problem and builds the value only when there is none, so a partly built value never escapes.
 *
 * @param <T> the model type
 * @param <B> its Immutables builder
 */
final class ObjectCodec<T, B> implements Codec<T> {

  static final String FORMAT_VERSION_FIELD = "formatVersion";
  /** A document's optional link to its JSON Schema, for editors' completion: read as a string and ignored. */
  static final String SCHEMA_FIELD = "$schema";
  private static final SerializedString FORMAT_VERSION_NAME = new SerializedString(FORMAT_VERSION_FIELD);
  private static final SerializedString FORMAT_VERSION_VALUE = new SerializedString(Model.FORMAT_VERSION);
  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final boolean versioned;
  private final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new HashMap<>();
  /** The names of the required fields and of all fields, formatVersion first when versioned. */
  private final List<String> required = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  /** The required fields as bits of their {@link Field#index}, for the first pass. */
  private long requiredFields;
  /** See {@link #matcher()}. */
  private volatile PropertyNameMatcher matcher;

  private ObjectCodec(String typeName, Supplier<B> newBuilder, Function<B, T> build, boolean versioned) {
    this.typeName = typeName;
    this.newBuilder = newBuilder;
    this.build = build;
    this.versioned = versioned;
    if (versioned) {
      required.add(FORMAT_VERSION_FIELD);
      names.add(FORMAT_VERSION_FIELD);
    }
  }

  /** A nested object type. */
  static <T, B> ObjectCodec<T, B> of(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
    return new ObjectCodec<>(typeName, newBuilder, build, false);
  }

  /** The root type of a document, with {@code formatVersion} as its first field. */
  static <T, B> ObjectCodec<T, B> root(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
    return new ObjectCodec<>(typeName, newBuilder, build, true);
  }

  String typeName() {
    return typeName;
  }

  List<Field<T, B>> fields() {
    return fields;
  }

  // --- definition -----------------------------------------------------------------------------

  private ObjectCodec<T, B> add(Field<T, B> field) {
    if (fields.size() == Long.SIZE) {
      // the first pass keeps the fields it has seen as the bits of a long
      throw new IllegalStateException(typeName + " has more than " + Long.SIZE + " fields");
    }
    field.index = fields.size();
    fields.add(field);
    byName.put(field.name, field);
    names.add(field.name);
    if (field.required) {
      required.add(field.name);
      requiredFields |= 1L << field.index;
    }
    return this;
  }

  /** A field that is always present. */
  <V> ObjectCodec<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Single<>(name, codec, t -> Optional.of(get.apply(t)), set, true, "required"));
  }

  /** A field that is always written but may be left out when reading (the model then gives its default). */
  <V> ObjectCodec<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Single<>(name, codec, t -> Optional.of(get.apply(t)), set, false,
        "always; may be left out when reading (the model's default)"));
  }

  /** An optional field, written only when present. */
  <V> ObjectCodec<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
      BiConsumer<B, V> set) {
    return add(new Single<>(name, codec, get, set, false, "when present"));
  }

  /** A list, kept in order, written only when not empty. */
  <V> ObjectCodec<T, B> list(String name, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
    return add(new Many<>(name, codec, get, set, false, false));
  }

  /** A list that must be present (it may not be empty in a valid value). */
  <V> ObjectCodec<T, B> requiredList(String name, Codec<V> codec, Function<T, List<V>> get,
      BiConsumer<B, List<V>> set) {
    return add(new Many<>(name, codec, get, set, false, true));
  }

  /** A set, written sorted in its elements' natural order, only when not empty. */
  <V extends Comparable<? super V>> ObjectCodec<T, B> set(String name, Codec<V> codec, Function<T, Set<V>> get,
      BiConsumer<B, List<V>> set) {
    return add(new Many<V, T, B>(name, codec, t -> sorted(get.apply(t)), set, true, false));
  }

  /** The elements of {@code values} in their natural order: the set itself when it is in that order already. */
  private static <V extends Comparable<? super V>> Collection<V> sorted(Set<V> values) {
    V previous = null;
    for (V v : values) {
      if (previous != null && previous.compareTo(v) > 0) {
        List<V> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
      }
      previous = v;
    }
    return values;
  }

  /** A boolean whose default is false, written only when true. */
  ObjectCodec<T, B> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return add(new Single<>(name, Codecs.BOOLEAN, t -> get.test(t) ? Optional.of(true) : Optional.empty(), set,
        false, "when true (default false)"));
  }

  // --- writing --------------------------------------------------------------------------------

  @Override
  public void encode(T value, JsonGenerator out) {
    out.writeStartObject();
    if (versioned) {
      out.writeName(FORMAT_VERSION_NAME).writeString(FORMAT_VERSION_VALUE);
    }
    for (Field<T, B> field : fields) {
      field.write(value, out);
    }
    out.writeEndObject();
  }

  // --- reading --------------------------------------------------------------------------------

  @Override
  public T decode(Node node, Pointer pointer, Decoding d) {
    if (!(node instanceof Node.ObjectNode o)) {
      d.wrongType(pointer, node, expected());
      return null;
    }
    long before = d.count();
    Node.Member version = versioned ? o.member(FORMAT_VERSION_FIELD) : null;
    if (version != null && !checkVersion(version.value(), pointer.child(FORMAT_VERSION_FIELD), d)) {
      return null;
    }
    B builder = newBuilder.get();
    for (Node.Member m : o.members()) {
      Pointer at = pointer.child(m.name());
      Field<T, B> field = byName.get(m.name());
      if (field == null) {
        if (versioned && m.name().equals(SCHEMA_FIELD)) {
          Codecs.string(m.value(), at, d, "the URI of a JSON Schema");
        } else if (!(versioned && m.name().equals(FORMAT_VERSION_FIELD))) {
          Fields.unknownField(m, at, typeName, names(), d);
        }
      } else if (m.value() instanceof Node.NullNode) {
        d.add(Kind.NULL_VALUE, at, m.value(), field.expected(),
            "null is not allowed: omit the field '" + m.name() + "' when the value is unknown or empty");
      } else {
        field.read(builder, m.value(), at, d);
      }
    }
    Fields.requireMembers(o, pointer, typeName, required, d);
    if (d.count() > before) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (InvariantViolationException e) {
      Map.Entry<Pointer, Node> at = Fields.locate(pointer, o, e.pointer());
      d.add(Kind.INVARIANT_VIOLATION, at.getKey(), at.getValue().line(), at.getValue().column(), null,
          e.value(), List.of(), List.of(), e.getMessage());
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      Fields.buildFailure(e, pointer, o, d);
      return null;
    }
  }

  /**
   * The first pass over the object's tokens: each member is decoded as it comes, and anything the
   * full pass would report gives up, as does any member the type does not know (an ignored
   * unknown field may hide a problem that the full pass reports, such as a name given twice).
   */
  @Override
  public T decode(JsonParser parser, Decoding d) {
    FirstPass.expect(parser, JsonToken.START_OBJECT);
    PropertyNameMatcher matcher = matcher();
    B builder = newBuilder.get();
    long seen = 0;
    boolean versionSeen = false;
    boolean schemaSeen = false;
    int match;
    // Jackson matches each name against the type's own (on a byte source, without making a string)
    while ((match = parser.nextNameMatch(matcher)) >= 0) {
      JsonToken token = parser.nextToken();
      if (match < fields.size()) {
        long bit = 1L << match;
        if ((seen & bit) != 0 || token == JsonToken.VALUE_NULL) {
          throw FirstPass.abandon();
        }
        seen |= bit;
        fields.get(match).read(builder, parser, d);
      } else if (match == fields.size() && !versionSeen) {
        versionSeen = true;
        if (!checkVersion(FirstPass.node(parser), Pointer.ROOT, d)) {
          throw FirstPass.abandon();
        }
      } else if (match == fields.size() + 1 && !schemaSeen && token == JsonToken.VALUE_STRING) {
        schemaSeen = true;
      } else {
        throw FirstPass.abandon();
      }
    }
    // the end of the object, or an unknown name (or odd token) to leave to the full pass
    if (match != PropertyNameMatcher.MATCH_END_OBJECT || (seen & requiredFields) != requiredFields
        || versioned && !versionSeen) {
      throw FirstPass.abandon();
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // InvariantViolationException is one of them
      throw FirstPass.abandon();
    }
  }

  /**
   * The names the first pass matches: the fields by {@link Field#index}, then, in a root type,
   * formatVersion and $schema. Made when first needed, once the type's fields are all defined
   * (a race makes it twice, equal).
   */
  private PropertyNameMatcher matcher() {
    PropertyNameMatcher m = matcher;
    if (m == null) {
      List<Named> names = new ArrayList<>();
      for (Field<T, B> field : fields) {
        names.add(Named.fromString(field.name));
      }
      if (versioned) {
        names.add(Named.fromString(FORMAT_VERSION_FIELD));
        names.add(Named.fromString(SCHEMA_FIELD));
      }
      m = BinaryNameMatcher.constructFrom(names, false);
      matcher = m;
    }
    return m;
  }

  /** Checks the value of formatVersion; false when the document cannot be read at all. */
  private boolean checkVersion(Node value, Pointer at, Decoding d) {
    String expected = "a version string such as '" + Model.FORMAT_VERSION + "'";
    String version = Codecs.string(value, at, d, expected);
    if (version == null) {
      return false;
    }
    Matcher v = VERSION.matcher(version);
    if (!v.matches()) {
      d.invalid(at, value, expected, "expected formatVersion as MAJOR.MINOR such as '" + Model.FORMAT_VERSION
          + "', but found " + value.describe());
      return false;
    }
    int major = Integer.parseInt(v.group(1));
    if (major != Model.FORMAT_MAJOR && major != Model.LEGACY_MAJOR) {
      d.add(Kind.UNSUPPORTED_VERSION, at, value, "formatVersion " + Model.LEGACY_MAJOR + ".x or "
              + Model.FORMAT_MAJOR + ".x",
          "formatVersion " + Texts.quote(version) + " is not supported: this reader reads format "
              + Model.LEGACY_MAJOR + ".x and " + Model.FORMAT_MAJOR + ".x (up to " + Model.FORMAT_VERSION
              + "); a new major version changes the meaning of fields, so read it with a newer smp-json");
      return false;
    }
    if (major == Model.LEGACY_MAJOR ? Integer.parseInt(v.group(2)) > 0
        : Integer.parseInt(v.group(2)) > Model.FORMAT_MINOR) {
      d.ignoreUnknownFields();
    }
    return true;
  }

  private List<String> names() {
    return java.util.Collections.unmodifiableList(names);
  }

  // --- schema ---------------------------------------------------------------------------------

  @Override
  public Map<String, Object> schema(SchemaBuilder schema) {
    return schema.ref(typeName, () -> objectSchema(schema));
  }

  /** The schema of this type's object, inline. */
  Map<String, Object> objectSchema(SchemaBuilder schema) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (versioned) {
      properties.put(FORMAT_VERSION_FIELD, map("type", "string", "pattern",
          Codecs.whole("[" + Model.LEGACY_MAJOR + Model.FORMAT_MAJOR + "]\\.[0-9]{1,4}")));
      required.add(FORMAT_VERSION_FIELD);
    }
    for (Field<T, B> field : fields) {
      properties.put(field.name, field.schema(schema));
      if (field.required) {
        required.add(field.name);
      }
    }
    Map<String, Object> m = map("type", "object", "properties", properties);
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    if (versioned) {
      // a pattern, not a property: the link is not a field of the model (smp-sheets makes columns of properties)
      m.put("patternProperties", map("^\\" + SCHEMA_FIELD + "$", map("type", "string")));
    }
    m.put("additionalProperties", false);
    return m;
  }

  @Override
  public String expected() {
    return "an object (" + typeName + ")";
  }

  @Override
  public String reference() {
    return "[`" + typeName + "`](#" + typeName.toLowerCase(java.util.Locale.ROOT) + ") object";
  }

  // --- fields ---------------------------------------------------------------------------------

  /** One field of an object type. */
  abstract static class Field<T, B> {
    final String name;
    /** The name as the generator writes it, quoted and escaped once. */
    final SerializedString jsonName;
    final boolean required;
    /** The field's place in its type, from 0. */
    int index;

    Field(String name, boolean required) {
      this.name = name;
      this.jsonName = new SerializedString(name);
      this.required = required;
    }

    abstract void write(T value, JsonGenerator out);

    abstract void read(B builder, Node node, Pointer pointer, Decoding d);

    /** Reads the value at the parser's current token in a first pass ({@link Codec#decode(JsonParser, Decoding)}). */
    abstract void read(B builder, JsonParser parser, Decoding firstPass);

    abstract Map<String, Object> schema(SchemaBuilder schema);

    abstract String expected();

    /** The JSON form, for the format reference. */
    abstract String reference();

    /** When the field is written, for the format reference. */
    abstract String cardinality();
  }

  private static final class Single<V, T, B> extends Field<T, B> {
    private final Codec<V> codec;
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;
    private final String presence;

    Single(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set, boolean required,
        String presence) {
      super(name, required);
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.presence = presence;
    }

    @Override
    void write(T value, JsonGenerator out) {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        out.writeName(jsonName);
        codec.encode(v.get(), out);
      }
    }

    @Override
    void read(B builder, Node node, Pointer pointer, Decoding d) {
      V v = codec.decode(node, pointer, d);
      if (v != null) {
        set.accept(builder, v);
      }
    }

    @Override
    void read(B builder, JsonParser parser, Decoding firstPass) {
      set.accept(builder, FirstPass.present(codec.decode(parser, firstPass)));
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return codec.schema(schema);
    }

    @Override
    String expected() {
      return codec.expected();
    }

    @Override
    String reference() {
      return codec.reference();
    }

    @Override
    String cardinality() {
      return presence;
    }
  }

  private static final class Many<V, T, B> extends Field<T, B> {
    private final Codec<V> codec;
    private final Function<T, ? extends Collection<V>> get;
    private final BiConsumer<B, List<V>> set;
    private final boolean unique;

    Many(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set,
        boolean unique, boolean required) {
      super(name, required);
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.unique = unique;
    }

    @Override
    void write(T value, JsonGenerator out) {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        out.writeName(jsonName).writeStartArray();
        for (V v : values) {
          codec.encode(v, out);
        }
        out.writeEndArray();
      }
    }

    @Override
    void read(B builder, Node node, Pointer pointer, Decoding d) {
      if (!(node instanceof Node.ArrayNode a)) {
        d.wrongType(pointer, node, expected());
        return;
      }
      List<V> values = new ArrayList<>(a.elements().size());
      Set<V> seen = unique ? new HashSet<>() : null;
      boolean ok = true;
      for (int i = 0; i < a.elements().size(); i++) {
        Node element = a.elements().get(i);
        Pointer at = pointer.child(i);
        V v = codec.decode(element, at, d);
        if (v == null) {
          ok = false;
        } else if (unique && !seen.add(v)) {
          d.invalid(at, element, "each element once", element.describe() + " appears more than once in '" + name
              + "', which is a set: give each element once");
          ok = false;
        } else {
          values.add(v);
        }
      }
      if (ok) {
        set.accept(builder, values);
      }
    }

    @Override
    void read(B builder, JsonParser parser, Decoding firstPass) {
      FirstPass.expect(parser, JsonToken.START_ARRAY);
      List<V> values = new ArrayList<>();
      Set<V> seen = unique ? new HashSet<>() : null;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        V v = FirstPass.present(codec.decode(parser, firstPass));
        if (unique && !seen.add(v)) {
          throw FirstPass.abandon();
        }
        values.add(v);
      }
      set.accept(builder, values);
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      Map<String, Object> m = map("type", "array", "items", codec.schema(schema));
      if (unique) {
        m.put("uniqueItems", true);
      }
      if (required) {
        m.put("minItems", 1);
      }
      return m;
    }

    @Override
    String expected() {
      return "an array of " + codec.expected();
    }

    @Override
    String reference() {
      return "array of " + codec.reference() + (unique ? " (a set: sorted, each once)" : "");
    }

    @Override
    String cardinality() {
      return required ? "required (at least one)" : "when not empty";
    }
  }
}
