package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.num;

import org.jsoup.nodes.Element;

/**
 * Inline SVG drawn into the page's tree: a chart is an {@code <svg role="img">} labelled by its
 * figure caption, with a {@code <title>} on each mark so that a pointer or a screen reader gets
 * the figure behind it. Texts go in as element text, so jsoup escapes them like any other.
 */
final class Svg {

  private final Element root;

  private Svg(Element root) {
    this.root = root;
  }

  /**
   * Starts a chart of a size in a figure; the chart is labelled by the figure's caption, which the
   * caller fills.
   */
  static Svg chart(Element figure, String captionId, double width, double height) {
    Element svg = figure.appendElement("svg")
        .attr("class", "chart")
        .attr("role", "img")
        .attr("aria-labelledby", captionId)
        .attr("width", num(width))
        .attr("height", num(height))
        .attr("viewBox", "0 0 " + num(width) + " " + num(height));
    return new Svg(svg);
  }

  /** A small decorative bar beside a number that says the same: hidden from screen readers. */
  static Element meter(Element parent, double fraction, String fill) {
    Element svg = parent.appendElement("svg").attr("width", "60")
        .attr("height", "10").attr("viewBox", "0 0 60 10").attr("aria-hidden", "true");
    svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", "60").attr("height", "10")
        .attr("fill", "#eaeef2").attr("stroke", "#8c959f").attr("stroke-width", "0.5");
    svg.appendElement("rect").attr("x", "0").attr("y", "0").attr("width", num(60 * fraction)).attr("height", "10")
        .attr("fill", fill);
    return svg;
  }

  Element root() {
    return root;
  }

  /** A group, optionally with a tooltip title. */
  Element group(String title) {
    Element g = root.appendElement("g");
    if (title != null) {
      g.appendElement("title").text(title);
    }
    return g;
  }

  static Element rect(Element parent, double x, double y, double w, double h, String fill) {
    return parent.appendElement("rect").attr("x", num(x)).attr("y", num(y)).attr("width", num(Math.max(0, w)))
        .attr("height", num(h)).attr("fill", fill);
  }

  static Element line(Element parent, double x1, double y1, double x2, double y2, String cssClass) {
    return parent.appendElement("line").attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2))
        .attr("y2", num(y2)).attr("class", cssClass);
  }

  /** Text at a baseline point; {@code anchor} is start, middle or end. */
  static Element text(Element parent, double x, double y, String anchor, String text) {
    return parent.appendElement("text").attr("x", num(x)).attr("y", num(y)).attr("text-anchor", anchor).text(text);
  }

  /** A pattern of diagonal lines, for marks that must differ by more than their colour. */
  void hatch(String id, String colour) {
    Element defs = root.appendElement("defs");
    Element p = defs.appendElement("pattern").attr("id", id).attr("patternUnits", "userSpaceOnUse")
        .attr("width", "6").attr("height", "6").attr("patternTransform", "rotate(45)");
    p.appendElement("rect").attr("width", "6").attr("height", "6").attr("fill", "#ffffff");
    p.appendElement("line").attr("x1", "0").attr("y1", "0").attr("x2", "0").attr("y2", "6")
        .attr("stroke", colour).attr("stroke-width", "3");
  }
}
