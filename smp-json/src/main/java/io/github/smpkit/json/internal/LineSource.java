package io.github.smpkit.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The lines of a JSON Lines stream, one at a time, with their numbers. A line longer than the
 * limit is not kept: it is consumed up to its end and reported as over-long, so one huge line
 * neither exhausts memory nor hides the lines after it.
 */
final class LineSource {

  private final Reader in;
  private final long maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int length;
  private int lineNumber;
  private boolean overlong;

  LineSource(Reader in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The number of the line last returned, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /** Whether the line last returned was longer than the limit (it is then returned empty). */
  boolean overlong() {
    return overlong;
  }

  /** The next line without its line end, or null at the end of the stream. */
  String next() {
    StringBuilder line = new StringBuilder();
    long count = 0;
    boolean any = false;
    overlong = false;
    while (true) {
      if (position >= length) {
        length = read();
        position = 0;
        if (length <= 0) {
          length = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int end = position;
      while (end < length && buffer[end] != '\n') {
        end++;
      }
      int n = end - position;
      if (!overlong) {
        if (count + n > maxLength) {
          overlong = true;
          line = new StringBuilder();
        } else {
          line.append(buffer, position, n);
        }
      }
      count += n;
      if (end < length) {
        position = end + 1;
        break;
      }
      position = length;
    }
    lineNumber++;
    int last = line.length() - 1;
    if (last >= 0 && line.charAt(last) == '\r') {
      line.setLength(last);
    }
    return line.toString();
  }

  private int read() {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
