package io.github.smpkit.sheets;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Partnerships as flat CSV for researchers (pandas, R): one row per partnership with its
 * typology (IOM SMP Guidance 2023, ch. 2: status, agreement scope, years, skill levels, sectors,
 * forms of engagement, types of migration, modes of mobility, models), and a long table of its
 * corridors, one row per origin and destination. Tidy: one value per cell, snake_case column
 * names, booleans as {@code true}/{@code false}, codes and constants as written in the JSON
 * format, no thousands separators or other formatting, blank for a fact not recorded.
 *
 * <p>Multi-valued fields are flattened so that each cell holds one value: each enumerated set (forms
 * of engagement, types of migration, modes of mobility, models) becomes one {@code true}/{@code false}
 * column per constant ({@code migration_type_seasonal}), the skill-level range becomes its two ends and
 * one column per level it covers; the open code sets (origin and destination countries, ISIC
 * sectors) are joined with {@code ;} in one cell for reading by eye, with a count beside them,
 * and the corridors come in long form from {@link #writeCorridors(Collection, Writer)} for
 * joining. RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line break,
 * lines ended by CRLF; written as UTF-8 by the caller.
 */
public final class PartnershipCsv {

  private PartnershipCsv() {}

  /** The columns of {@link #write(Collection, Writer)}, in order. */
  public static List<String> columns() {
    return COLUMNS.stream().map(Col::name).toList();
  }

  /**
   * Writes one row per partnership, after a header row, to {@code out} (flushed, not closed).
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Collection<Partnership> partnerships, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns());
    for (Partnership p : partnerships) {
      rows.add(COLUMNS.stream().map(c -> c.value().apply(p)).toList());
    }
    writeRows(rows, out);
  }

  /** The CSV of {@link #write(Collection, Writer)} as a string. */
  public static String write(Collection<Partnership> partnerships) {
    StringWriter out = new StringWriter();
    write(partnerships, out);
    return out.toString();
  }

  /**
   * Writes the corridors of the partnerships in long form: columns {@code partnership_id},
   * {@code origin}, {@code destination}, one row for every origin and destination country of a
   * partnership (a partnership with two origins and three destinations has six rows); a
   * partnership without an origin or a destination has none.
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void writeCorridors(Collection<Partnership> partnerships, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("partnership_id", "origin", "destination"));
    for (Partnership p : partnerships) {
      for (Country o : p.origins()) {
        for (Country d : p.destinations()) {
          rows.add(List.of(p.id(), o.code(), d.code()));
        }
      }
    }
    writeRows(rows, out);
  }

  private static void writeRows(List<List<String>> rows, Writer out) {
    try {
      for (List<String> row : rows) {
        out.write(row.stream().map(PartnershipCsv::field).collect(Collectors.joining(",")));
        out.write("\r\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, quote or line break. */
  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  // --- the columns ----------------------------------------------------------------------------

  private record Col(String name, Function<Partnership, String> value) {}

  private static final List<Col> COLUMNS = columnList();

  private static List<Col> columnList() {
    List<Col> c = new ArrayList<>();
    c.add(new Col("id", Partnership::id));
    c.add(new Col("title", Partnership::title));
    c.add(new Col("status", p -> p.status().name()));
    c.add(new Col("scope", p -> p.scope().name()));
    c.add(new Col("start", p -> date(p, TimeFrame::start).map(PartialDate::toString).orElse("")));
    c.add(new Col("end", p -> date(p, TimeFrame::end).map(PartialDate::toString).orElse("")));
    c.add(new Col("start_year", p -> date(p, TimeFrame::start).map(d -> String.valueOf(d.year())).orElse("")));
    c.add(new Col("end_year", p -> date(p, TimeFrame::end).map(d -> String.valueOf(d.year())).orElse("")));
    c.add(new Col("funding_cycle_months", p -> p.timeFrame().flatMap(TimeFrame::fundingCycleMonths)
        .map(String::valueOf).orElse("")));
    c.add(new Col("origins", p -> p.origins().stream().map(Country::code).collect(Collectors.joining(";"))));
    c.add(new Col("destinations", p -> p.destinations().stream().map(Country::code).collect(Collectors.joining(";"))));
    c.add(new Col("origin_count", p -> String.valueOf(p.origins().size())));
    c.add(new Col("destination_count", p -> String.valueOf(p.destinations().size())));
    c.add(new Col("sectors", p -> p.sectors().stream().map(IsicCode::code).collect(Collectors.joining(";"))));
    c.add(new Col("sector_count", p -> String.valueOf(p.sectors().size())));
    c.add(new Col("skill_level_lowest", p -> p.skillLevels().map(r -> r.lowest().name()).orElse("")));
    c.add(new Col("skill_level_highest", p -> p.skillLevels().map(r -> r.highest().name()).orElse("")));
    for (SkillLevel level : SkillLevel.values()) {
      c.add(new Col("skill_level_" + snake(level), p -> p.skillLevels().map(r -> bool(covers(r, level))).orElse("")));
    }
    for (EngagementForm form : EngagementForm.values()) {
      c.add(new Col("form_" + snake(form), p -> bool(p.formsOfEngagement().stream().map(FormOfEngagement::form)
          .anyMatch(form::equals))));
    }
    set(c, "migration_type_", MigrationType.values(), Partnership::migrationTypes);
    set(c, "mobility_mode_", MobilityMode.values(), Partnership::mobilityModes);
    set(c, "model_", PartnershipModel.values(), Partnership::models);
    return List.copyOf(c);
  }

  private static <E extends Enum<E>> void set(List<Col> c, String prefix, E[] constants,
      Function<Partnership, Set<E>> values) {
    for (E constant : constants) {
      c.add(new Col(prefix + snake(constant), p -> bool(values.apply(p).contains(constant))));
    }
  }

  private static Optional<PartialDate> date(Partnership p, Function<TimeFrame, Optional<PartialDate>> end) {
    return p.timeFrame().flatMap(end);
  }

  private static boolean covers(SkillLevelRange range, SkillLevel level) {
    return range.lowest().compareTo(level) <= 0 && level.compareTo(range.highest()) <= 0;
  }

  private static String bool(boolean b) {
    return b ? "true" : "false";
  }

  private static String snake(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
