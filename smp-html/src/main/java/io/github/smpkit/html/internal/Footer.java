package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.add;

import org.jsoup.nodes.Element;

/** The footer of every report: what the words of the report mean (IOM SMP Guidance 2023, ch. 1 and 2). */
final class Footer {

  private Footer() {}

  static void draw(Element body) {
    Element footer = add(body, "footer");
    add(footer, "p", "How to read this report. A breach: recorded facts contradict a recommendation of the"
        + " guidance or a standard a rule cites; only breaches have a severity (error, warning, info). An open"
        + " question: a fact the rules need is not recorded; it says nothing about the partnership. The guidance"
        + " recommends, it does not oblige.");
    add(footer, "p", "Checked with smpkit against IOM, Skills Mobility Partnerships: Recommendations and Guidance"
        + " for Policymakers and Practitioners (2023). This page is self-contained: it loads nothing.");
  }
}
