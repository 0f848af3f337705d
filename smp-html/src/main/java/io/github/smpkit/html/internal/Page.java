package io.github.smpkit.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML page: the document tree, its inline style sheet (screen and print), and
 * fresh ids for the fragments a page links to. Nothing in a page refers to anything outside it
 * but the links to cited sources. The same content always gives the same bytes: ids are counted
 * in document order and no date or random value is written.
 */
final class Page {

  /**
   * One section of a report: its fragment id, its heading and what draws its content. A report is
   * a list of sections, and its table of contents is drawn from the same list, so a new section
   * (the costing of issue 11, say) is one more entry in that list.
   *
   * @param id the fragment id
   * @param title the heading
   * @param body draws the content under the heading, given the section and the level of headings inside it
   */
  record Section(String id, String title, BiConsumer<Element, Integer> body) {
    Section {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(body, "body");
    }
  }

  private static final String CSS = load("report.css");

  private final Document document;
  private int ids;

  Page(String title) {
    document = Document.createShell("");
    document.prependChild(new DocumentType("html", "", ""));
    document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
        .prettyPrint(true).indentAmount(1);
    document.selectFirst("html").attr("lang", "en");
    Element head = document.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "smpkit smp-html");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode(CSS));
  }

  /** {@return the body, where the report draws itself} */
  Element body() {
    return document.body();
  }

  /**
   * A fresh fragment id, unique in the page.
   *
   * @param prefix what it identifies, for example {@code cap}
   * @return the id
   */
  String id(String prefix) {
    return prefix + "-" + (++ids);
  }

  /**
   * Draws sections one after another, each a {@code <section>} with its heading.
   *
   * @param parent where
   * @param level the heading level of the sections
   * @param sections the sections, in order
   */
  static void sections(Element parent, int level, List<Section> sections) {
    for (Section s : sections) {
      Element section = parent.appendElement("section").attr("id", s.id()).attr("aria-labelledby", s.id() + "-h");
      Dom.heading(section, level, s.title()).attr("id", s.id() + "-h");
      s.body().accept(section, level + 1);
    }
  }

  /**
   * A table of contents that links to the sections.
   *
   * @param parent where
   * @param sections the sections
   */
  static void contents(Element parent, List<Section> sections) {
    Element nav = parent.appendElement("nav").addClass("toc").attr("aria-label", "Contents");
    Element ol = nav.appendElement("ol");
    for (Section s : sections) {
      ol.appendElement("li").appendElement("a").attr("href", "#" + s.id()).text(s.title());
    }
  }

  /** {@return the page as HTML text} */
  String html() {
    return document.outerHtml() + "\n";
  }

  static List<Section> list() {
    return new ArrayList<>();
  }

  private static String load(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the style sheet " + name + " is missing from smp-html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
