package io.github.smpkit.json.internal;

import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of reading one document: the problems found so far and whether unknown fields are
 * ignored. Decoders add a problem and return {@code null} rather than throw, so that reading
 * goes on and reports every problem of the document together. Only the first
 * {@link #MAX_KEPT} problems are kept; the others are counted, so that a document of millions of
 * bad values costs no more memory than one of a thousand.
 */
public final class Decoding {

  /** The most problems kept per document. */
  public static final int MAX_KEPT = 1000;

  private final List<JsonProblem> problems = new ArrayList<>();
  private long count;
  private boolean ignoreUnknownFields;
  private final boolean firstPass;

  /** A fresh state; unknown fields are ignored when {@code ignoreUnknownFields}. */
  public Decoding(boolean ignoreUnknownFields) {
    this(ignoreUnknownFields, false);
  }

  private Decoding(boolean ignoreUnknownFields, boolean firstPass) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.firstPass = firstPass;
  }

  /**
   * A fresh state for a first pass that only finds out whether anything is wrong: its text
   * decoders leave their rule to the builders, which check every text field against the same
   * {@code TextRule}, and the first problem ends the pass by throwing {@link Abandoned}. When
   * the pass ends without one, its partnership is the answer; otherwise the document is decoded
   * again with {@code new Decoding(..)}, which reports every problem at its place (see
   * {@code DocumentReader}).
   */
  static Decoding firstPass(boolean ignoreUnknownFields) {
    return new Decoding(ignoreUnknownFields, true);
  }

  /** Thrown by a {@linkplain #firstPass first pass} at its first problem; no stack trace, one instance. */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Abandoned INSTANCE = new Abandoned();

    private Abandoned() {
      super("a first pass found a problem", null, false, false);
    }
  }

  /** Whether text decoders check their rule themselves (not in a {@linkplain #firstPass first pass}). */
  boolean checksTexts() {
    return !firstPass;
  }

  /** The first {@link #MAX_KEPT} problems found, in the order found. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** The number of problems found so far, kept or not. */
  public long count() {
    return count;
  }

  /** Whether no more problems are kept (they are still counted). */
  boolean full() {
    return problems.size() >= MAX_KEPT;
  }

  /** Counts a problem without keeping it: for callers that skip composing its message once {@link #full()}. */
  void countOnly() {
    count++;
  }

  boolean ignoresUnknownFields() {
    return ignoreUnknownFields;
  }

  void ignoreUnknownFields() {
    ignoreUnknownFields = true;
  }

  /** Adds a problem. */
  void add(Kind kind, String pointer, int line, int column, String expected, String found,
      List<String> allowed, List<String> nearest, String message) {
    if (firstPass) {
      throw Abandoned.INSTANCE;
    }
    count++;
    if (full()) {
      return;
    }
    JsonProblem problem = JsonProblem.of(kind, pointer, Math.max(0, line), Math.max(0, column), message)
        .withAllowedValues(allowed).withNearestCodes(nearest);
    if (expected != null) {
      problem = problem.withExpected(expected);
    }
    if (found != null) {
      problem = problem.withFound(found);
    }
    problems.add(problem);
  }

  /** Adds a problem at a pointer built while reading. */
  void add(Kind kind, Pointer pointer, int line, int column, String expected, String found,
      List<String> allowed, List<String> nearest, String message) {
    if (firstPass) {
      throw Abandoned.INSTANCE;
    }
    if (full()) {
      count++;
      return;
    }
    add(kind, pointer.toString(), line, column, expected, found, allowed, nearest, message);
  }

  /** Adds a problem about {@code node} with no allowed values or nearest codes. */
  void add(Kind kind, Pointer pointer, Node node, String expected, String message) {
    add(kind, pointer, node.line(), node.column(), expected, node.describe(), List.of(), List.of(), message);
  }

  /** Adds a wrong-type problem: expected one thing, found {@code node}. */
  void wrongType(Pointer pointer, Node node, String expected) {
    if (node instanceof Node.NullNode) {
      add(Kind.NULL_VALUE, pointer, node, expected,
          "null is not allowed: omit the field when the value is unknown (expected " + expected + ")");
    } else {
      add(Kind.WRONG_TYPE, pointer, node, expected, "expected " + expected + ", but found " + node.describe());
    }
  }

  /** Adds a problem for a value of the right type but wrong form. */
  void invalid(Pointer pointer, Node node, String expected, String message) {
    add(Kind.INVALID_VALUE, pointer, node, expected, message);
  }
}
