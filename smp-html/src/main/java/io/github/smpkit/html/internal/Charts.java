package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.add;
import static io.github.smpkit.html.internal.Dom.num;
import static io.github.smpkit.html.internal.Dom.percent;
import static io.github.smpkit.html.internal.Dom.words;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.portfolio.Costing;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The charts of the reports, drawn as inline SVG: the coverage heat map of the ten essential
 * elements across a portfolio (IOM SMP Guidance 2023, ch. 3 to 12), who pays for the cost items
 * (ch. 11, Table 3) and participants planned against actual (ch. 5). Every chart says what it
 * shows in text as well: numbers on the marks, a legend, and a data table beside it, so that
 * colour is never the only carrier of meaning.
 */
final class Charts {

  private static final String[] HEAT = {"#f4f6f8", "#c6dbef", "#6baed6", "#2171b5", "#08306b"};
  private static final String[] HEAT_LABEL = {"0 %", "1 to 24 %", "25 to 49 %", "50 to 74 %", "75 to 100 %"};

  private Charts() {}

  // ---------------------------------------------------------------- coverage heat map

  /**
   * The heat map: one row per partnership, one column per essential element; a cell's shade and
   * number give the completeness, a red frame and a "!" mark a breach, hatching an element not
   * checked.
   */
  static void heatMap(Page page, Element parent, List<Partnership> partnerships, CoverageMatrix matrix) {
    Element figure = add(parent, "figure");
    String captionId = page.id("cap");
    String hatch = page.id("hatch");
    double label = 250;
    double cell = 58;
    double gap = 2;
    double row = 24;
    double top = 34;
    EssentialElement[] elements = EssentialElement.values();
    double width = label + elements.length * (cell + gap) + 80;
    double height = top + partnerships.size() * row + 6;
    Svg svg = Svg.chart(figure, captionId, width, height);
    svg.hatch(hatch, "#c0c6cc");
    Element head = svg.group(null);
    Svg.text(head, 4, 20, "start", "Partnership").addClass("head");
    for (int c = 0; c < elements.length; c++) {
      Element h = Svg.text(head, label + c * (cell + gap) + cell / 2, 20, "middle", "ch. " + elements[c].chapter());
      h.addClass("head");
      h.appendElement("title").text(Dom.element(elements[c]));
    }
    Svg.text(head, label + elements.length * (cell + gap) + 8, 20, "start", "breaches").addClass("head");
    for (int r = 0; r < partnerships.size(); r++) {
      Partnership p = partnerships.get(r);
      double y = top + r * row;
      Element g = svg.group(p.id() + ": " + p.title());
      Svg.text(g, 4, y + 16, "start", shorten(p.id(), 34));
      int breaches = 0;
      for (int c = 0; c < elements.length; c++) {
        double x = label + c * (cell + gap);
        Optional<ElementResult> result = matrix.result(p.id(), elements[c]);
        Element cg = g.appendElement("g");
        if (result.isEmpty()) {
          cg.appendElement("title").text(p.id() + ", " + Dom.element(elements[c]) + ": not checked");
          Svg.rect(cg, x, y, cell, row - gap, "url(#" + hatch + ")");
          Svg.text(cg, x + cell / 2, y + 16, "middle", "n/c").addClass("small");
          continue;
        }
        ElementResult e = result.get();
        if (e.completeness().total() == 0) {
          cg.appendElement("title").text(p.id() + ", " + Dom.element(elements[c]) + ": no rule of the element applies");
          Svg.rect(cg, x, y, cell, row - gap, "url(#" + hatch + ")");
          Svg.text(cg, x + cell / 2, y + 16, "middle", "n/a").addClass("small");
          continue;
        }
        int pct = e.completeness().percent().orElse(0);
        int bin = bin(e);
        boolean breach = e.count(Outcome.BREACH) > 0;
        breaches += e.count(Outcome.BREACH);
        cg.appendElement("title").text(p.id() + ", " + Dom.element(elements[c]) + ": completeness "
            + Dom.proportion(e.completeness()) + ", design " + Dom.proportion(e.design())
            + (breach ? ", " + e.count(Outcome.BREACH) + " breached" : ""));
        Svg.rect(cg, x, y, cell, row - gap, HEAT[bin]);
        if (breach) {
          Svg.rect(cg, x + 1.5, y + 1.5, cell - 3, row - gap - 3, "none").attr("class", "breach-mark");
        }
        Element t = Svg.text(cg, x + cell / 2, y + 16, "middle", pct + (breach ? " !" : ""));
        if (bin >= 3) {
          t.addClass("on-dark");
        }
      }
      Svg.text(g, label + elements.length * (cell + gap) + 30, y + 16, "end", Integer.toString(breaches));
    }
    Element caption = add(figure, "figcaption").attr("id", captionId);
    caption.appendText("Coverage of the ten essential elements: each cell gives the completeness of one element"
        + " for one partnership (rules with their facts recorded, out of those that apply), in per cent and by"
        + " shade. A red frame and \"!\" mark an element with a breach; \"n/a\" an element none of whose rules"
        + " applies; \"n/c\" an element not checked.");
    Element legend = add(figure, "ul").addClass("legend");
    for (int i = 0; i < HEAT.length; i++) {
      swatch(legend, HEAT[i], null, HEAT_LABEL[i]);
    }
    swatch(legend, "#ffffff", "#a40e26", "! a breach");
    Element chapters = add(figure, "ul").addClass("legend");
    for (EssentialElement e : elements) {
      add(chapters, "li", "ch. " + e.chapter() + ": " + e.title());
    }
  }

  private static int bin(ElementResult e) {
    int pct = e.completeness().percent().orElse(0);
    if (pct == 0) {
      return 0;
    }
    return pct < 25 ? 1 : pct < 50 ? 2 : pct < 75 ? 3 : 4;
  }

  private static void swatch(Element legend, String fill, String stroke, String label) {
    Element li = add(legend, "li");
    Element svg = li.appendElement("svg").attr("width", "18")
        .attr("height", "14").attr("viewBox", "0 0 18 14").attr("aria-hidden", "true");
    Element r = Svg.rect(svg, 1, 1, 16, 12, fill).attr("stroke", stroke == null ? "#8c959f" : stroke)
        .attr("stroke-width", stroke == null ? "0.5" : "2.5");
    r.attr("rx", "1");
    li.appendText(label);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  // ---------------------------------------------------------------- who pays

  /** The colour of a payer in the who-pays charts; each bar also names its payer in text. */
  static String colour(Payer payer) {
    return switch (payer) {
      case DESTINATION_GOVERNMENT -> "#0072b2";
      case ORIGIN_GOVERNMENT -> "#009e73";
      case EMPLOYER -> "#e69f00";
      case MIGRANT -> "#d55e00";
      case DONOR -> "#cc79a7";
      case INTERNATIONAL_ORGANISATION -> "#56b4e9";
      case FOUNDATION -> "#f0e442";
      case PRIVATE_INVESTOR -> "#999999";
      case DEVELOPMENT_BANK -> "#882255";
      case TRAINING_PROVIDER -> "#44aa99";
      case OTHER -> "#dddddd";
    };
  }

  private static boolean dark(Payer payer) {
    return switch (payer) {
      case DESTINATION_GOVERNMENT, ORIGIN_GOVERNMENT, MIGRANT, DEVELOPMENT_BANK -> true;
      case EMPLOYER, DONOR, INTERNATIONAL_ORGANISATION, FOUNDATION, PRIVATE_INVESTOR, TRAINING_PROVIDER, OTHER ->
          false;
    };
  }

  /**
   * Who pays each cost item of one partnership, as smp-portfolio's {@link Costing} reads the item's
   * shares and payments: one bar per item, split by the payers' shares, each share named and given
   * in per cent where it fits (and always in the bar's tooltip and the table). Where a payer pays
   * upfront what another finally bears (a wage deduction, a reimbursement, a loan the worker
   * repays), the item has two bars, paid upfront and finally borne. A part the record does not
   * quantify is drawn hatched and named in words, never as a made-up split.
   *
   * @param costing the costing of {@code p}; empty when it cannot be computed
   * @param whyNot why the costing cannot be computed, when it is empty
   */
  static void whoPays(Page page, Element parent, Partnership p, Optional<Costing> costing, String whyNot) {
    List<CostItem> items = p.costs();
    Element figure = add(parent, "figure");
    String captionId = page.id("cap");
    String hatch = page.id("hatch");
    double label = 260;
    double bar = 600;
    double row = 30;
    List<List<Costing.LineShare>> perItem = new ArrayList<>();
    double height = 8;
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      List<Costing.LineShare> lines = costing.map(c -> c.lineShares().stream()
          .filter(l -> l.line().itemIndex() == index).toList()).orElse(List.of());
      perItem.add(lines);
      height += lines.stream().anyMatch(Costing.LineShare::differs) ? 2 * row - 4 : row;
    }
    Svg svg = Svg.chart(figure, captionId, label + bar + 10, height);
    svg.hatch(hatch, "#d0d7de");
    Set<Payer> payers = EnumSet.noneOf(Payer.class);
    boolean split = false;
    boolean unknown = false;
    double y = 4;
    for (int i = 0; i < items.size(); i++) {
      CostItem item = items.get(i);
      List<Costing.LineShare> lines = perItem.get(i);
      Element g = svg.group(null);
      Svg.text(g, 4, y + 17, "start", shorten(words(item.item()), 38)).appendElement("title")
          .text(words(item.item()) + " (" + words(item.category()) + ")" + item.description().map(d -> ": " + d)
              .orElse(""));
      if (costing.isEmpty() && !item.payments().isEmpty()) {
        notKnown(g, hatch, label, y, bar, row, words(item.item()) + ": who finally bears it cannot be worked out: "
            + whyNot, "who finally bears it cannot be worked out (see the costing)");
        unknown = true;
        y += row;
        continue;
      }
      if (costing.isEmpty() ? item.shares().isEmpty() : lines.stream().allMatch(l -> l.line().payer().isEmpty())) {
        notKnown(g, hatch, label, y, bar, row, words(item.item()) + ": who pays is not recorded",
            "who pays is not recorded");
        y += row;
        continue;
      }
      List<Part> upfront = new ArrayList<>();
      List<Part> borne = new ArrayList<>();
      if (costing.isEmpty()) {
        for (PayerShare share : item.shares()) {
          borne.add(new Part(Optional.of(share.payer()), share.percent(), share.percent()));
        }
      } else {
        for (Costing.LineShare l : lines) {
          upfront.add(new Part(l.line().payer(), l.upfront().low(), l.upfront().high()));
          borne.add(new Part(l.line().payer(), l.borne().low(), l.borne().high()));
        }
      }
      borne.forEach(b -> b.payer().ifPresent(payers::add));
      upfront.forEach(b -> b.payer().ifPresent(payers::add));
      if (lines.stream().anyMatch(Costing.LineShare::differs)) {
        split = true;
        Svg.text(g, label - 6, y + 15, "end", "paid upfront").addClass("small");
        Svg.text(g, label - 6, y + row + 11, "end", "finally borne").addClass("small");
        unknown |= shareBar(g, hatch, label, y, bar, row - 8, words(item.item()), upfront, "pays upfront",
            "paid upfront");
        unknown |= shareBar(g, hatch, label, y + row - 4, bar, row - 8, words(item.item()), borne, "finally bears",
            "borne");
        y += 2 * row - 4;
      } else {
        unknown |= shareBar(g, hatch, label, y, bar, row - 6, words(item.item()), borne, "pays", "borne");
        y += row;
      }
    }
    Element caption = add(figure, "figcaption").attr("id", captionId);
    caption.appendText("Who pays each cost item (IOM SMP Guidance 2023, ch. 11, Table 3): each bar is one item,"
        + " split by the share each payer carries. The table below gives the same figures.");
    if (split) {
      caption.appendText(" Where one payer pays upfront and another finally bears the cost (a wage deduction,"
          + " a reimbursement, a loan the worker repays), the item has two bars: paid upfront, and finally borne"
          + " after recovery (ch. 12, the employer-pays principle).");
    }
    if (unknown) {
      caption.appendText(" Hatched parts are recorded without an amount or a share: who carries them is named,"
          + " how much is not known (not zero).");
    }
    Element legend = add(figure, "ul").addClass("legend");
    for (Payer payer : payers) {
      swatch(legend, colour(payer), null, words(payer));
    }
  }

  /** One payer's share of one bar, in per cent within bounds; an empty payer is one not recorded. */
  private record Part(Optional<Payer> payer, BigDecimal low, BigDecimal high) {
    boolean exact() {
      return low.compareTo(high) == 0;
    }

    String name() {
      return payer.map(Dom::words).orElse("a payer not recorded");
    }
  }

  private static void notKnown(Element g, String hatch, double x, double y, double width, double row, String title,
      String text) {
    Element none = g.appendElement("g");
    none.appendElement("title").text(title);
    Svg.rect(none, x, y, width, row - 6, "url(#" + hatch + ")").attr("stroke", "#8c959f")
        .attr("stroke-dasharray", "4 3");
    Svg.text(none, x + 8, y + 17, "start", shorten(text, (int) (width / 6.8))).addClass("small");
  }

  /**
   * One bar: the exactly known shares as coloured segments, named where they fit; then, hatched,
   * the parts known only within bounds, named in words. Returns whether there were such parts.
   */
  private static boolean shareBar(Element g, String hatch, double x0, double y, double bar, double h, String item,
      List<Part> parts, String verb, String participle) {
    double x = x0;
    for (Part part : parts) {
      if (!part.exact() || part.low().signum() == 0) {
        continue;
      }
      double w = bar * part.low().doubleValue() / 100;
      Element sg = g.appendElement("g");
      sg.appendElement("title").text(item + ": " + part.name() + " " + verb + " " + percent(part.low()));
      Svg.rect(sg, x, y, w, h, part.payer().map(Charts::colour).orElse("#ffffff")).attr("stroke", "#ffffff")
          .attr("stroke-width", "1");
      String full = part.name() + " " + percent(part.low());
      String text = w >= full.length() * 6.8 + 8 ? full : w >= 44 ? percent(part.low()) : "";
      if (!text.isEmpty()) {
        Element t = Svg.text(sg, x + 6, y + h / 2 + 5, "start", text);
        if (part.payer().map(Charts::dark).orElse(false)) {
          t.addClass("on-dark");
        }
      }
      x += w;
    }
    List<Part> open = parts.stream().filter(p -> !p.exact()).toList();
    if (open.isEmpty()) {
      return false;
    }
    List<String> whole = open.stream().filter(p -> p.low().signum() == 0
        && p.high().compareTo(BigDecimal.valueOf(100)) == 0).map(Part::name).toList();
    List<String> said = new ArrayList<>();
    if (whole.size() == 1) {
      said.add("part " + participle + " by " + whole.get(0) + ", amount not recorded");
    } else if (whole.size() > 1) {
      said.add("parts " + participle + " by " + String.join(", ", whole.subList(0, whole.size() - 1)) + " and "
          + whole.get(whole.size() - 1) + ", amounts not recorded");
    }
    open.stream().filter(p -> !whole.contains(p.name()))
        .forEach(p -> said.add(p.name() + " " + percent(p.low()) + " to " + percent(p.high())));
    String words = String.join("; ", said);
    double w = Math.max(x0 + bar - x, 0);
    Element ug = g.appendElement("g");
    ug.appendElement("title").text(item + ": " + words);
    Svg.rect(ug, x, y, w, h, "url(#" + hatch + ")").attr("stroke", "#8c959f").attr("stroke-dasharray", "4 3");
    Svg.text(ug, x + 6, y + h / 2 + 5, "start", shorten(words, (int) Math.max((w - 8) / 6.2, 12))).addClass("small");
    return true;
  }

  /**
   * Who finally bears the cost items across a portfolio, as each partnership's {@link Costing}
   * reads its shares and payments: one bar per payer, as long as the number of items it bears a part
   * of, the darker part the items it bears in full, the hatched part those whose share is not
   * recorded, with the counts, the mean known share and the items it pays upfront in text.
   */
  static void whoPaysPortfolio(Page page, Element parent, Burdens burdens) {
    List<Burdens.Burden> payers = burdens.payers();
    Element figure = add(parent, "figure");
    String captionId = page.id("cap");
    String hatch = page.id("hatch");
    double label = 210;
    double bar = 360;
    double row = 30;
    int most = Math.max(1, payers.stream().mapToInt(Burdens.Burden::items).max().orElse(1));
    Svg svg = Svg.chart(figure, captionId, label + bar + 430, payers.size() * row + 8);
    svg.hatch(hatch, "#8c959f");
    for (int i = 0; i < payers.size(); i++) {
      Burdens.Burden s = payers.get(i);
      double y = 4 + i * row;
      String summary = summary(s);
      Element g = svg.group(words(s.payer()) + ": " + summary + "; " + String.join(", ", s.partnershipIds()));
      Svg.text(g, 4, y + 17, "start", words(s.payer()));
      double w = bar * s.items() / most;
      Svg.rect(g, label, y, w, row - 6, colour(s.payer())).attr("fill-opacity", "0.45");
      Svg.rect(g, label, y, bar * s.inFull() / most, row - 6, colour(s.payer()));
      if (s.notQuantified() > 0) {
        double u = bar * s.notQuantified() / most;
        Svg.rect(g, label + w - u, y, u, row - 6, "url(#" + hatch + ")").attr("stroke", "#8c959f")
            .attr("stroke-dasharray", "4 3");
      }
      Svg.text(g, label + w + 8, y + 17, "start", summary);
    }
    Element caption = add(figure, "figcaption").attr("id", captionId);
    caption.appendText("Who finally bears the cost items across the portfolio (IOM SMP Guidance 2023, ch. 11),"
        + " after wage deductions, reimbursements and loans: each bar counts the cost items a payer bears a part"
        + " of; its darker part, the items it bears in full; its hatched part, the items whose share is not"
        + " recorded (not known, not zero). " + burdens.stated() + " cost items state who pays; "
        + burdens.notStated() + " do not.");
    if (burdens.notWorkedOut() > 0) {
      caption.appendText(" " + burdens.notWorkedOut() + " items with payments are left out: their amounts are in"
          + " several currencies and no exchange rates are given.");
    }
  }

  /** A payer's counts in words, for example "2 items, 1 in full, 1 share not recorded; pays upfront 3". */
  static String summary(Burdens.Burden s) {
    StringBuilder b = new StringBuilder();
    b.append(s.items()).append(s.items() == 1 ? " item" : " items").append(", ").append(s.inFull()).append(" in full");
    if (s.notQuantified() > 0) {
      b.append(", ").append(s.notQuantified()).append(s.notQuantified() == 1 ? " share" : " shares")
          .append(" not recorded");
    }
    s.meanKnown().ifPresent(m -> b.append(", mean known share ").append(percent(m)));
    if (s.upfront() != s.items()) {
      b.append("; pays upfront in ").append(s.upfront());
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- participants

  /** One row of the participants chart: a kind of figure, planned and actual, and a note (may be empty). */
  record Figures(String label, Optional<Count> planned, Optional<Count> actual, String note) {}

  /**
   * Participants planned against actual: per kind of figure a hatched bar for the number planned and
   * a solid bar for the number achieved, each labelled with its count as the source gives it (bounds
   * and estimates kept). Each row has its own scale.
   */
  static void participants(Page page, Element parent, List<Figures> rows) {
    Element figure = add(parent, "figure");
    String captionId = page.id("cap");
    String hatch = page.id("hatch");
    double label = 210;
    double bar = 420;
    double row = 52;
    Svg svg = Svg.chart(figure, captionId, label + bar + 300, rows.size() * row + 8);
    svg.hatch(hatch, "#0072b2");
    for (int i = 0; i < rows.size(); i++) {
      Figures f = rows.get(i);
      double y = 4 + i * row;
      double scale = Math.max(extent(f.planned()), extent(f.actual()));
      Element g = svg.group(f.label() + ": planned " + f.planned().map(Count::toString).orElse("not recorded")
          + ", actual " + f.actual().map(Count::toString).orElse("not recorded")
          + (f.note().isEmpty() ? "" : "; " + f.note()));
      Svg.text(g, 4, y + 27, "start", f.label()).addClass("head");
      countBar(g, label, y + 2, bar, scale, f.planned(), "url(#" + hatch + ")", "planned");
      countBar(g, label, y + 24, bar, scale, f.actual(), "#0072b2", "actual");
      if (!f.note().isEmpty()) {
        Svg.text(g, 4, y + 42, "start", f.note()).addClass("small");
      }
    }
    Element caption = add(figure, "figcaption").attr("id", captionId);
    caption.appendText("Participants planned (hatched) and actual (solid) (IOM SMP Guidance 2023, ch. 5), as"
        + " the sources give them: \"at least\" bars end in an arrow, ranges show their upper part paler."
        + " Each row has its own scale: compare planned with actual within a row, not rows with each other.");
  }

  private static double extent(Optional<Count> count) {
    return count.map(c -> (double) c.upper().orElse(c.lower())).orElse(0.0);
  }

  private static void countBar(Element g, double x, double y, double width, double scale, Optional<Count> count,
      String fill, String what) {
    double h = 18;
    if (count.isEmpty()) {
      Svg.text(g, x, y + 14, "start", what + ": not recorded").addClass("small");
      return;
    }
    Count c = count.get();
    double lower = scale == 0 ? 0 : width * c.lower() / scale;
    Svg.rect(g, x, y, lower, h, fill).attr("stroke", "#0072b2").attr("stroke-width", "1");
    double end = x + lower;
    if (c.upper().isPresent() && c.upper().get() > c.lower()) {
      double upper = width * c.upper().get() / scale;
      Svg.rect(g, end, y, upper - lower, h, "#0072b2").attr("fill-opacity", "0.25").attr("stroke", "#0072b2")
          .attr("stroke-dasharray", "3 2");
      end = x + upper;
    } else if (c.upper().isEmpty()) {
      g.appendElement("path").attr("d", "M" + num(end + 2) + " " + num(y) + " l9 " + num(h / 2) + " l-9 "
          + num(h / 2) + " z").attr("fill", "#0072b2");
      end += 12;
    }
    Svg.text(g, end + 6, y + 14, "start", what + ": " + c);
  }
}
