package io.github.smpkit.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each offered as an {@link InputStream} that ends at the line's end,
 * so that a JSON parser reads one line without the line ever being held whole: a line of any length
 * costs one buffer. Also looks ahead without consuming, to tell a JSON array, a document and JSON
 * Lines apart.
 */
final class ByteLines {

  private static final int SIZE = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[SIZE];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private boolean lineDone = true;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The number of the current line, from 1 (0 before the first). */
  int lineNumber() {
    return lineNumber;
  }

  /** What the stream starts with, looking at most one buffer ahead and consuming nothing. */
  enum Start {
    /** A {@code [}: a JSON array. */
    ARRAY,
    /** A <code>{</code> alone on its line (an indented document), or anything else. */
    DOCUMENT,
    /** A <code>{</code> followed by more on the same line: one compact document per line. */
    LINES
  }

  Start sniff() throws IOException {
    fillBuffer();
    int i = position;
    while (i < limit && skippable(buffer[i])) {
      i++;
    }
    if (i >= limit) {
      return Start.DOCUMENT;
    }
    if (buffer[i] == '[') {
      return Start.ARRAY;
    }
    if (buffer[i] != '{') {
      return Start.DOCUMENT;
    }
    for (i++; i < limit && buffer[i] != '\n'; i++) {
      if (!whitespace(buffer[i])) {
        return Start.LINES;
      }
    }
    return i < limit ? Start.DOCUMENT : Start.LINES;
  }

  private static boolean skippable(byte b) {
    // whitespace and the bytes of a UTF-8 byte-order mark
    return whitespace(b) || b == '\n' || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF;
  }

  private static boolean whitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  /** Reads until the buffer is full or the stream ends, keeping what has not been consumed. */
  private void fillBuffer() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    while (!eof && limit < buffer.length) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  /** Makes at least one unconsumed byte available; false at the end of the stream. */
  private boolean hasByte() throws IOException {
    if (position < limit) {
      return true;
    }
    position = 0;
    limit = 0;
    while (!eof && limit == 0) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
      } else {
        limit = n;
      }
    }
    return limit > 0;
  }

  /** The rest of the stream, from the first byte not consumed. */
  InputStream rest() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return hasByte() ? buffer[position++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (!hasByte()) {
          return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  /**
   * Moves to the next line that is not blank, skipping the rest of the current one.
   *
   * @return false at the end of the stream
   */
  boolean nextRecord() throws IOException {
    finishLine();
    while (true) {
      if (!hasByte()) {
        return false;
      }
      lineNumber++;
      lineDone = false;
      if (!blankLine()) {
        return true;
      }
      finishLine();
    }
  }

  /** Whether the current line holds only whitespace, looking at most one buffer ahead. */
  private boolean blankLine() throws IOException {
    fillBuffer();
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return true;
      }
      if (!whitespace(buffer[i])) {
        return false;
      }
    }
    return limit - position < buffer.length;
  }

  /** The current line, without its line end, as a stream. */
  InputStream line() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (lineDone || !hasByte()) {
          lineDone = true;
          return -1;
        }
        int end = Math.min(limit, position + len);
        int i = position;
        while (i < end && buffer[i] != '\n') {
          i++;
        }
        int n = i - position;
        System.arraycopy(buffer, position, b, off, n);
        position = i;
        if (i < end) {
          position++;
          lineDone = true;
          return n == 0 ? -1 : n;
        }
        return n;
      }
    };
  }

  /** Consumes what is left of the current line, however long, one buffer at a time. */
  void finishLine() throws IOException {
    while (!lineDone) {
      if (!hasByte()) {
        lineDone = true;
        return;
      }
      int i = position;
      while (i < limit && buffer[i] != '\n') {
        i++;
      }
      if (i < limit) {
        position = i + 1;
        lineDone = true;
      } else {
        position = limit;
      }
    }
  }
}
