package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.add;
import static io.github.smpkit.html.internal.Dom.percent;
import static io.github.smpkit.html.internal.Dom.proportion;
import static io.github.smpkit.html.internal.Dom.words;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.portfolio.ParticipantTotals;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Proportion;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * A portfolio of partnerships drawn as HTML, for comparing many initiatives (IOM SMP Guidance
 * 2023, ch. 2 and 5): an overview table, the coverage heat map of the ten essential elements, who
 * pays across the portfolio, participants planned against actual, then each partnership's own
 * report in a compact form.
 */
final class PortfolioView {

  private static final int MOST_ASKED = 12;

  private final Page page;
  private final Portfolio portfolio;
  private final Map<String, Report> reports;
  private final List<Report> ordered;

  PortfolioView(Page page, Portfolio portfolio, Map<String, Report> reports) {
    this.page = page;
    this.portfolio = portfolio;
    this.reports = reports;
    this.ordered = portfolio.partnerships().stream().map(p -> reports.get(p.id())).toList();
  }

  /** Draws the whole page body. */
  void draw(String title) {
    Element body = page.body();
    Element header = add(body, "header");
    add(header, "p", "kicker", "Skills Mobility Partnerships: portfolio report");
    add(header, "h1", title);
    add(header, "p", "lead", portfolio.size() + (portfolio.size() == 1 ? " partnership" : " partnerships")
        + " checked against the ten essential elements of IOM's Skills Mobility Partnerships guidance (2023,"
        + " ch. 3 to 12).");
    Element dl = add(header, "dl").addClass("facts");
    long withBreach = ordered.stream().filter(r -> !r.breaches().isEmpty()).count();
    fact(dl, "Partnerships with a breach", withBreach + " of " + portfolio.size());
    fact(dl, "Breaches", breaches(Severity.ERROR) + " errors, " + breaches(Severity.WARNING) + " warnings, "
        + breaches(Severity.INFO) + " infos");
    fact(dl, "Open questions", Integer.toString(ordered.stream().mapToInt(r -> r.openQuestions().size()).sum()));
    fact(dl, "Recommendations met", Integer.toString(ordered.stream().mapToInt(r -> r.met().size()).sum()));
    int met = ordered.stream().mapToInt(r -> r.count(Outcome.MET)).sum();
    int breached = ordered.stream().mapToInt(r -> r.count(Outcome.BREACH)).sum();
    int gaps = ordered.stream().mapToInt(r -> r.count(Outcome.GAP)).sum();
    fact(dl, "Design, all partnerships", proportion(Proportion.of(met, met + breached)));
    fact(dl, "Completeness, all partnerships", proportion(Proportion.of(met + breached, met + breached + gaps)));

    List<Page.Section> sections = Page.list();
    sections.add(new Page.Section("coverage", "Coverage of the ten essential elements", this::coverage));
    sections.add(new Page.Section("questions", "What the portfolio leaves unrecorded", this::questions));
    sections.add(new Page.Section("who-pays", "Who pays", this::whoPays));
    sections.add(new Page.Section("participants", "Participants planned and actual", this::participants));
    sections.add(new Page.Section("overview", "Partnerships", this::overview));
    Page.contents(body, sections);
    Element main = add(body, "main");
    Page.sections(main, 2, sections);
    for (Partnership p : portfolio.partnerships()) {
      Report report = reports.get(p.id());
      String prefix = Dom.anchor("p-", p.id()) + "-";
      Element section = add(main, "section").addClass("partnership").attr("id", prefix + "report")
          .attr("aria-labelledby", prefix + "title");
      add(section, "p", "kicker", "Partnership " + (portfolio.partnerships().indexOf(p) + 1) + " of "
          + portfolio.size());
      add(section, "h2", p.title()).attr("id", prefix + "title");
      PartnershipView view = new PartnershipView(page, p, report, prefix, true);
      view.facts(section);
      Page.sections(section, 3, view.sections());
    }
    Footer.draw(body);
  }

  private int breaches(Severity severity) {
    return ordered.stream().mapToInt(r -> r.count(severity)).sum();
  }

  private static void fact(Element dl, String term, String value) {
    add(dl, "dt", term);
    add(dl, "dd", value);
  }

  private void overview(Element section, int level) {
    Element table = add(section, "table");
    add(table, "caption", "Each partnership's verdict and measures; the title links to its report below");
    Element body = Dom.tableHead(table, new String[] {"Partnership", "Status", "Corridor", "Verdict", "Design",
        "Completeness"}, new boolean[] {false, false, false, false, true, true});
    for (Partnership p : portfolio.partnerships()) {
      Report r = reports.get(p.id());
      Element tr = add(body, "tr");
      Element th = add(tr, "th").attr("scope", "row");
      th.appendElement("a").attr("href", "#" + Dom.anchor("p-", p.id()) + "-report").text(p.title());
      add(th, "div", "note", p.id());
      add(tr, "td", words(p.status()));
      add(tr, "td", String.join(", ", p.origins().stream().map(c -> c.code()).toList()) + " → "
          + String.join(", ", p.destinations().stream().map(c -> c.code()).toList()));
      Element verdict = add(tr, "td", r.verdict());
      if (r.count(Severity.ERROR) > 0) {
        verdict.addClass("sev-error");
      }
      add(tr, "td", proportion(r.design())).addClass("num");
      add(tr, "td", proportion(r.completeness())).addClass("num");
    }
  }

  /** The rules that ask most often, with how many partnerships leave their facts unrecorded. */
  private void questions(Element section, int level) {
    Map<String, List<String>> byRule = new TreeMap<>();
    Map<String, Rule> rules = new TreeMap<>();
    for (Report r : ordered) {
      for (Finding f : r.openQuestions()) {
        List<String> ids = byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
        if (!ids.contains(r.partnershipId())) {
          ids.add(r.partnershipId());
        }
        rules.putIfAbsent(f.ruleId(), f.rule());
      }
    }
    if (byRule.isEmpty()) {
      add(section, "p", "Every partnership records every fact the rules need.");
      return;
    }
    List<String> order = new ArrayList<>(byRule.keySet());
    order.sort(Comparator.comparing((String id) -> -byRule.get(id).size()).thenComparing(id -> id));
    int shown = Math.min(MOST_ASKED, order.size());
    add(section, "p", "note", "Open questions are facts the rules need that a partnership does not record; they"
        + " are not breaches. " + order.size() + " rules ask them; the " + shown + " asked of most partnerships"
        + " come first. Each partnership's report below lists its own questions.");
    questionTable(section, order.subList(0, shown), byRule, rules, "The rules asked of most partnerships");
    if (order.size() > shown) {
      Element details = add(section, "details");
      add(details, "summary", "Show the other " + (order.size() - shown) + " rules");
      questionTable(details, order.subList(shown, order.size()), byRule, rules, "The other rules that ask");
    }
  }

  private void questionTable(Element parent, List<String> ruleIds, Map<String, List<String>> byRule,
      Map<String, Rule> rules, String caption) {
    Element table = add(parent, "table");
    add(table, "caption", caption);
    Element body = Dom.tableHead(table, new String[] {"Rule", "Element", "What it needs to know", "Partnerships"},
        new boolean[] {false, false, false, true});
    for (String id : ruleIds) {
      Rule rule = rules.get(id);
      Element tr = add(body, "tr");
      add(add(tr, "th").attr("scope", "row"), "code", id);
      add(tr, "td", rule.element().map(Dom::element).orElse(Dom.OUTSIDE_THE_ELEMENTS));
      add(tr, "td", rule.title());
      add(tr, "td", byRule.get(id).size() + " of " + portfolio.size()).addClass("num");
    }
  }

  private void coverage(Element section, int level) {
    if (portfolio.size() == 0) {
      add(section, "p", "The portfolio holds no partnership.");
      return;
    }
    Charts.heatMap(page, section, portfolio.partnerships(), CoverageMatrix.of(ordered));
  }

  private void whoPays(Element section, int level) {
    Burdens burdens = Burdens.of(portfolio.partnerships());
    if (burdens.payers().isEmpty()) {
      add(section, "p", "No cost item states who pays (" + burdens.notStated()
          + " cost items are recorded without shares or payments"
          + (burdens.notWorkedOut() > 0 ? "; " + burdens.notWorkedOut() + " with payments cannot be worked out"
              + " without exchange rates" : "") + ").");
      return;
    }
    Charts.whoPaysPortfolio(page, section, burdens);
    Element table = add(section, "table");
    add(table, "caption", "What each payer finally bears");
    Element body = Dom.tableHead(table, new String[] {"Payer", "Cost items borne", "In full", "Share not recorded",
        "Mean known share", "Pays upfront", "Partnerships"},
        new boolean[] {false, true, true, true, true, true, false});
    for (Burdens.Burden s : burdens.payers()) {
      Element tr = add(body, "tr");
      add(tr, "th", words(s.payer())).attr("scope", "row");
      add(tr, "td", Integer.toString(s.items())).addClass("num");
      add(tr, "td", Integer.toString(s.inFull())).addClass("num");
      add(tr, "td", Integer.toString(s.notQuantified())).addClass("num");
      add(tr, "td", s.meanKnown().map(Dom::percent).orElse("not known")).addClass("num");
      add(tr, "td", Integer.toString(s.upfront())).addClass("num");
      add(tr, "td", String.join(", ", s.partnershipIds()));
    }
    List<Burdens.WorkerPart> migrants = burdens.worker();
    if (migrants.isEmpty()) {
      add(section, "p", "Migrants finally bear no recorded part of any cost item.");
    } else {
      add(section, "p", "Migrants finally bear these parts (the employer-pays principle, IOM SMP Guidance 2023,"
          + " ch. 12, says they should pay no recruitment fees or related costs):");
      Element ul = add(section, "ul");
      for (Burdens.WorkerPart s : migrants) {
        boolean open = s.share().low().signum() == 0 && s.share().high().compareTo(BigDecimal.valueOf(100)) == 0;
        add(ul, "li", s.partnershipId() + ": " + (open ? "a part, amount not recorded," : s.share().toString())
            + " of " + words(s.item()) + " (" + words(s.item().category()) + ")"
            + (s.how().isEmpty() ? "" : " (" + s.how() + ")"));
      }
    }
  }

  private void participants(Element section, int level) {
    ParticipantTotals totals = portfolio.participants();
    if (totals.totals().isEmpty()) {
      add(section, "p", "No partnership records a headline participant figure.");
      return;
    }
    List<Charts.Figures> rows = new ArrayList<>();
    for (ParticipantTotals.Total t : totals.totals()) {
      rows.add(new Charts.Figures(words(t.kind()), t.planned(), t.actual(), "planned in " + t.plannedFrom().size()
          + ", actual in " + t.actualFrom().size()));
    }
    Charts.participants(page, section, rows);
    add(section, "p", "note", "Totals of each partnership's headline figure (everyone counted; of several, the"
        + " largest), bounds kept: \"at least 400\" and \"30\" sum to \"at least 430\". Planned and actual totals"
        + " may come from different partnerships: under each figure, how many state a planned and an actual"
        + " number; the table says which.");
    Element table = add(section, "table");
    add(table, "caption", "Participant totals");
    Element body = Dom.tableHead(table, new String[] {"Figure", "Planned", "From", "Actual", "From"},
        new boolean[] {false, true, false, true, false});
    for (ParticipantTotals.Total t : totals.totals()) {
      Element tr = add(body, "tr");
      add(tr, "th", words(t.kind())).attr("scope", "row");
      add(tr, "td", t.planned().map(Count::toString).orElse("not recorded")).addClass("num");
      add(tr, "td", String.join(", ", t.plannedFrom()));
      add(tr, "td", t.actual().map(Count::toString).orElse("not recorded")).addClass("num");
      add(tr, "td", String.join(", ", t.actualFrom()));
    }
  }
}
