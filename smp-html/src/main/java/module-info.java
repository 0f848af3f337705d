/**
 * smpkit HTML: self-contained HTML reports of Skills Mobility Partnerships, for one partnership
 * or a portfolio (IOM SMP Guidance 2023, ch. 3 to 12): the ten essential elements with their
 * design and completeness, the breaches with their evidence and source, the open questions, the
 * recommendations met, and inline SVG charts. Only {@code io.github.smpkit.html} is API;
 * {@code io.github.smpkit.html.internal} (the page builders and the style sheet) is not exported.
 *
 * <p>jsoup builds each page as a document tree and serialises it, so every text and attribute
 * taken from a partnership is escaped.
 */
module io.github.smpkit.html {
  requires transitive io.github.smpkit.rules;
  requires transitive io.github.smpkit.portfolio;
  requires org.jsoup;

  exports io.github.smpkit.html;
}
