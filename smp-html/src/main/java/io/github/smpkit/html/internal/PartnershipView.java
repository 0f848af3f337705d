package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.add;
import static io.github.smpkit.html.internal.Dom.heading;
import static io.github.smpkit.html.internal.Dom.percent;
import static io.github.smpkit.html.internal.Dom.proportion;
import static io.github.smpkit.html.internal.Dom.words;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.portfolio.Costing;
import io.github.smpkit.portfolio.ParticipantTotals;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Proportion;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.RuleFailure;
import io.github.smpkit.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * What the rules concluded about one partnership, drawn as HTML (IOM SMP Guidance 2023, ch. 3 to
 * 12): its facts and verdict, the table of the ten essential elements with their two measures,
 * the breaches with their evidence and source, the open questions by element, the recommendations
 * met (collapsed), who pays, participants planned against actual, and the cited sources.
 */
final class PartnershipView {

  private final Page page;
  private final Partnership partnership;
  private final Report report;
  private final String prefix;
  private final boolean compact;

  /**
   * A view of one partnership.
   *
   * @param page the page it is drawn on
   * @param prefix prefix of its fragment ids, empty on a page of its own
   * @param compact whether it is one of many (in a portfolio): open questions collapse too, and
   *     sections with nothing recorded are left out
   */
  PartnershipView(Page page, Partnership partnership, Report report, String prefix, boolean compact) {
    this.page = page;
    this.partnership = partnership;
    this.report = report;
    this.prefix = prefix;
    this.compact = compact;
  }

  /** {@return the sections of the report, in order} */
  List<Page.Section> sections() {
    List<Page.Section> s = Page.list();
    s.add(new Page.Section(prefix + "elements", "The ten essential elements", this::elements));
    s.add(new Page.Section(prefix + "breaches", "Breaches (" + report.breaches().size() + ")", this::breaches));
    s.add(new Page.Section(prefix + "questions", "Open questions (" + report.openQuestions().size() + ")",
        this::questions));
    s.add(new Page.Section(prefix + "met", "Recommendations met (" + report.met().size() + ")", this::met));
    if (!compact || !partnership.costs().isEmpty()) {
      s.add(new Page.Section(prefix + "who-pays", "Who pays", this::whoPays));
    }
    if (!partnership.costs().isEmpty()) {
      s.add(new Page.Section(prefix + "costing", "What it costs and what the worker bears", this::costing));
    }
    if (!compact || !partnership.participants().isEmpty()) {
      s.add(new Page.Section(prefix + "participants", "Participants planned and actual", this::participants));
    }
    if (!report.failures().isEmpty()) {
      s.add(new Page.Section(prefix + "failures", "Rules that failed to run (" + report.failures().size() + ")",
          this::failures));
    }
    if (!compact || !partnership.citations().isEmpty()) {
      s.add(new Page.Section(prefix + "sources", "Sources of the partnership's facts", this::sources));
    }
    return s;
  }

  /** Draws the facts of the partnership and the verdict. */
  void facts(Element parent) {
    partnership.summary().ifPresent(summary -> add(parent, "p", "lead", summary));
    Element dl = add(parent, "dl").addClass("facts");
    fact(dl, "Id", partnership.id());
    fact(dl, "Status", words(partnership.status()));
    fact(dl, "Corridor", Dom.corridor(partnership));
    partnership.timeFrame().map(PartnershipView::timeFrame).filter(t -> !t.isEmpty())
        .ifPresent(t -> fact(dl, "Time frame", t));
    if (!partnership.models().isEmpty()) {
      fact(dl, "Models", partnership.models().stream().map(Dom::words).collect(Collectors.joining(", ")));
    }
    fact(dl, "Design", proportion(report.design()) + ": recommendations met out of those met or breached");
    fact(dl, "Completeness", proportion(report.completeness())
        + ": rules with their facts recorded out of those that apply");
    fact(dl, "Rules run", Integer.toString(report.rulesRun()));
    verdict(parent, report);
  }

  static void verdict(Element parent, Report report) {
    Element p = add(parent, "p", "verdict", "Verdict: " + report.verdict());
    if (report.count(Severity.ERROR) > 0) {
      p.addClass("has-error");
    } else if (report.count(Severity.WARNING) > 0) {
      p.addClass("has-warning");
    }
  }

  private static void fact(Element dl, String term, String value) {
    add(dl, "dt", term);
    add(dl, "dd", value);
  }

  private static String timeFrame(TimeFrame t) {
    List<String> parts = new ArrayList<>();
    if (t.start().isPresent() || t.end().isPresent()) {
      parts.add(t.start().map(Object::toString).orElse("start not recorded") + " to "
          + t.end().map(Object::toString).orElse("open end"));
    }
    t.fundingCycleMonths().ifPresent(m -> parts.add("funding cycle of " + m + " months"));
    return String.join("; ", parts);
  }

  // ------------------------------------------------------------------ the element table

  private void elements(Element section, int level) {
    add(section, "p", "note", "Two measures per element, never mixed. Design: recommendations met out of those"
        + " met or breached, how well what is recorded follows the guidance. Completeness: rules with their facts"
        + " recorded out of those that apply, how much is recorded at all. An element with nothing recorded has"
        + " no design measure: it is undocumented, not bad.");
    elementTable(section, report, partnership.title());
  }

  static void elementTable(Element parent, Report report, String title) {
    Element table = add(parent, "table").addClass("elements");
    add(table, "caption", "Essential elements of " + title);
    Element body = Dom.tableHead(table, new String[] {"Ch.", "Element", "Met", "Breached", "Open questions",
        "Not applicable", "Design", "Completeness"}, new boolean[] {true, false, true, true, true, true, false, false});
    for (EssentialElement e : EssentialElement.values()) {
      Element tr = add(body, "tr");
      add(tr, "td", Integer.toString(e.chapter())).addClass("num");
      add(tr, "th", e.title()).attr("scope", "row");
      Optional<ElementResult> r = report.element(e);
      if (r.isEmpty()) {
        add(tr, "td", "not checked by the rules run").attr("colspan", "6").addClass("empty");
        continue;
      }
      for (Outcome o : new Outcome[] {Outcome.MET, Outcome.BREACH, Outcome.GAP, Outcome.NOT_APPLICABLE}) {
        Element td = add(tr, "td", Integer.toString(r.get().count(o))).addClass("num");
        if (o == Outcome.BREACH && r.get().count(o) > 0) {
          td.addClass("sev-error").text(r.get().count(o) + " !");
        }
      }
      measure(add(tr, "td"), r.get().design(), "#1a7f37");
      measure(add(tr, "td"), r.get().completeness(), "#2171b5");
    }
    Element total = add(add(table, "tfoot"), "tr");
    add(total, "td", "");
    add(total, "th", "All elements").attr("scope", "row");
    for (Outcome o : new Outcome[] {Outcome.MET, Outcome.BREACH, Outcome.GAP, Outcome.NOT_APPLICABLE}) {
      add(total, "td", Integer.toString(report.count(o))).addClass("num");
    }
    measure(add(total, "td"), report.design(), "#1a7f37");
    measure(add(total, "td"), report.completeness(), "#2171b5");
  }

  private static void measure(Element td, Proportion p, String fill) {
    td.addClass("measure");
    if (p.percent().isPresent()) {
      Svg.meter(td, p.part() / (double) p.total(), fill);
      td.appendText(p + " (" + p.percent().getAsInt() + " %)");
    } else {
      td.appendText("none recorded");
    }
  }

  // ------------------------------------------------------------------ breaches, questions, met

  private void breaches(Element section, int level) {
    List<Finding> breaches = report.breaches();
    if (breaches.isEmpty()) {
      add(section, "p", "No recorded fact contradicts a recommendation of the rules run.");
      return;
    }
    add(section, "p", "note", "Each breach rests on recorded facts, listed as its evidence with their place in"
        + " the partnership (JSON pointers into the partnership as smp-json writes it). Most serious first.");
    for (Finding f : breaches) {
      Severity severity = f.severity().orElseThrow();
      String sev = severity.name().toLowerCase(Locale.ROOT);
      Element article = add(section, "article").addClass("finding").addClass("sev-" + sev);
      Element h = heading(article, level, "");
      add(h, "span", "badge", severity.name()).addClass("sev-" + sev);
      h.appendText(f.ruleId() + ": " + f.element().map(Dom::element).orElse("structure of the model"));
      add(article, "p", f.message());
      f.hint().ifPresent(hint -> add(article, "p").appendText("Fix: ").appendText(hint));
      Element dl = add(article, "dl");
      add(dl, "dt", "Where");
      add(add(dl, "dd"), "code", where(f.path()));
      add(dl, "dt", "Source");
      add(dl, "dd", f.source());
      add(dl, "dt", "Evidence");
      Element table = add(add(dl, "dd"), "table").addClass("evidence");
      Element body = Dom.tableHead(table, new String[] {"recorded fact", "value"}, new boolean[] {false, false});
      for (Evidence e : f.evidence()) {
        Element tr = add(body, "tr");
        add(add(tr, "td"), "code", where(e.pointer()));
        add(tr, "td", e.value());
      }
    }
  }

  private static String where(String pointer) {
    return pointer.isEmpty() ? "/ (the whole partnership)" : pointer;
  }

  private void questions(Element section, int level) {
    List<Finding> questions = report.openQuestions();
    if (questions.isEmpty()) {
      add(section, "p", "Every fact the rules need is recorded.");
      return;
    }
    Element into = section;
    if (compact) {
      into = add(section, "details");
      add(into, "summary", "Show the " + questions.size() + " open questions");
    }
    add(into, "p", "note", "Facts the rules need that are not recorded: what to find out or decide. They are not"
        + " breaches: an unrecorded fact says nothing about the partnership.");
    grouped(into, level, questions, true);
  }

  private void met(Element section, int level) {
    List<Finding> met = report.met();
    if (met.isEmpty()) {
      add(section, "p", "The recorded facts show no recommendation met yet.");
      return;
    }
    Element details = add(section, "details");
    add(details, "summary", "Show the " + met.size() + " recommendations met");
    grouped(details, level, met, false);
  }

  private static void grouped(Element parent, int level, List<Finding> findings, boolean hints) {
    Map<String, List<Finding>> byElement = new LinkedHashMap<>();
    for (Finding f : findings) {
      byElement.computeIfAbsent(f.element().map(Dom::element).orElse(Dom.OUTSIDE_THE_ELEMENTS),
          k -> new ArrayList<>()).add(f);
    }
    byElement.forEach((element, list) -> {
      heading(parent, level, element + " (" + list.size() + ")");
      Element ul = add(parent, "ul").addClass("questions");
      for (Finding f : list) {
        Element li = add(ul, "li");
        li.appendText(f.message());
        if (hints) {
          f.hint().ifPresent(h -> li.appendText(" ").appendElement("em").text("To record: " + h));
        }
        add(li, "br");
        add(li, "span", "where", "").appendText(f.ruleId() + " at ").appendElement("code").text(where(f.path()));
      }
    });
  }

  private void failures(Element section, int level) {
    add(section, "p", "note", "These rules threw or broke their contract; they say nothing about the partnership.");
    Element ul = add(section, "ul");
    for (RuleFailure f : report.failures()) {
      Element li = add(ul, "li");
      add(li, "code", f.ruleId());
      li.appendText(": " + f.message());
    }
  }

  // ------------------------------------------------------------------ charts

  /**
   * The costing of smp-portfolio (ch. 11, Table 3; docs/costing.md): cost per participant, by
   * payer and side, the worker's part, and SDG indicator 10.7.1 or why it cannot be computed.
   */
  private void costing(Element section, int level) {
    Costing costing;
    try {
      costing = Costing.of(partnership);
    } catch (IllegalArgumentException e) {
      add(section, "p", "The costing cannot be computed without exchange rates: " + e.getMessage());
      return;
    }
    add(section, "pre", "costing", costing.toString());
    add(section, "p", "SDG indicator 10.7.1 (recruitment cost borne by the worker, in months of earnings): "
        + io.github.smpkit.portfolio.RecruitmentCostIndicator.of(costing));
  }

  private void whoPays(Element section, int level) {
    List<CostItem> items = partnership.costs();
    if (items.isEmpty()) {
      add(section, "p", "No cost items are recorded.");
      return;
    }
    Optional<Costing> costing;
    String whyNot = "";
    try {
      costing = Optional.of(Costing.of(partnership));
    } catch (IllegalArgumentException e) {
      costing = Optional.empty();
      whyNot = "no exchange rates are given: " + e.getMessage();
      add(section, "p", "note", "Who finally bears the items paid with wage deductions, reimbursements or loans"
          + " cannot be worked out: " + whyNot);
    }
    Charts.whoPays(page, section, partnership, costing, whyNot);
    Element table = add(section, "table");
    add(table, "caption", "Cost items and who pays them");
    Element body = Dom.tableHead(table, new String[] {"Cost item", "Category (Table 3)", "Basis", "Amount",
        "Who pays"}, new boolean[] {false, false, false, true, false});
    for (int i = 0; i < items.size(); i++) {
      CostItem item = items.get(i);
      Element tr = add(body, "tr");
      Element th = add(tr, "th", words(item.item())).attr("scope", "row");
      item.description().ifPresent(d -> add(th, "div", "note", d));
      add(tr, "td", words(item.category()));
      add(tr, "td", item.basis().map(Dom::words).orElse("not recorded"));
      add(tr, "td", item.amount().map(Object::toString).orElse("not recorded")).addClass("num");
      add(tr, "td", whoPays(item, i, costing));
    }
  }

  /**
   * Who pays one item, in words: the shares as recorded when no payment tells more; otherwise, from
   * the costing, what each payer pays upfront and finally bears, and how.
   */
  private static String whoPays(CostItem item, int index, Optional<Costing> costing) {
    List<Costing.LineShare> lines = costing.map(c -> c.lineShares().stream()
        .filter(l -> l.line().itemIndex() == index).toList()).orElse(List.of());
    if (costing.isPresent() && !item.payments().isEmpty()) {
      boolean differs = lines.stream().anyMatch(Costing.LineShare::differs);
      return lines.stream().map(l -> l.line().payer().map(Dom::words).orElse("payer not recorded") + ": "
          + (differs ? "pays upfront " + share(l.upfront()) + ", finally bears " + share(l.borne())
              : share(l.borne()))
          + (l.line().how().isEmpty() ? "" : " (" + l.line().how() + ")")).collect(Collectors.joining("; "));
    }
    String shares = item.shares().isEmpty() ? "not recorded" : item.shares().stream()
        .map(s -> words(s.payer()) + " " + percent(s.percent())).collect(Collectors.joining(", "));
    return costing.isEmpty() && !item.payments().isEmpty()
        ? shares + "; who finally bears it cannot be worked out without exchange rates" : shares;
  }

  private static String share(Costing.Percent p) {
    if (p.low().signum() == 0 && p.high().compareTo(BigDecimal.valueOf(100)) == 0) {
      return "a part, amount not recorded";
    }
    return p.toString();
  }

  private void participants(Element section, int level) {
    List<ParticipantFigure> figures = partnership.participants();
    if (figures.isEmpty()) {
      add(section, "p", "No participant figures are recorded.");
      return;
    }
    List<Charts.Figures> rows = new ArrayList<>();
    for (ParticipantTotals.Headline h : Portfolio.of(List.of(partnership)).participants().headlines()) {
      rows.add(new Charts.Figures(words(h.kind()), h.planned(), h.actual(), ""));
    }
    if (!rows.isEmpty()) {
      Charts.participants(page, section, rows);
      add(section, "p", "note", "The chart shows the headline figures: everyone counted, not limited to women,"
          + " one track or one country; of several, the largest. The table lists every figure recorded.");
    }
    Element table = add(section, "table");
    add(table, "caption", "Participant figures recorded");
    Element body = Dom.tableHead(table, new String[] {"Figure", "Planned", "Actual", "Counted", "As of"},
        new boolean[] {false, true, true, false, false});
    for (ParticipantFigure f : figures) {
      Element tr = add(body, "tr");
      Element th = add(tr, "th", words(f.kind())).attr("scope", "row");
      f.description().ifPresent(d -> add(th, "div", "note", d));
      add(tr, "td", f.planned().map(Count::toString).orElse("not recorded")).addClass("num");
      add(tr, "td", f.actual().map(Count::toString).orElse("not recorded")).addClass("num");
      List<String> who = new ArrayList<>();
      if (f.womenOnly()) {
        who.add("women only");
      }
      f.track().ifPresent(t -> who.add(words(t) + " track"));
      f.country().ifPresent(c -> who.add("in " + c.name() + " (" + c.code() + ")"));
      add(tr, "td", who.isEmpty() ? "everyone" : String.join(", ", who));
      add(tr, "td", f.asOf().map(Object::toString).orElse(""));
    }
  }

  private void sources(Element section, int level) {
    if (partnership.citations().isEmpty()) {
      add(section, "p", "No sources are cited for this partnership's facts.");
      return;
    }
    Element ol = add(section, "ol");
    for (Citation c : partnership.citations()) {
      Element li = add(ol, "li").attr("id", Dom.anchor(prefix + "source-", c.key()));
      add(li, "cite", c.title());
      c.publisher().ifPresent(pub -> li.appendText(", " + pub));
      c.published().ifPresent(d -> li.appendText(", " + d));
      li.appendText(".");
      c.url().ifPresent(url -> {
        li.appendText(" ");
        li.appendElement("a").addClass("source").attr("href", url).attr("rel", "noreferrer").text(url);
      });
      c.accessed().ifPresent(d -> li.appendText(" (accessed " + d + ")"));
      c.supports().ifPresent(s -> add(li, "div", "note", "Supports: " + s));
    }
  }
}
