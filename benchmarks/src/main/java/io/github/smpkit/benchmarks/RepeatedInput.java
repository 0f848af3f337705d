package io.github.smpkit.benchmarks;

import java.io.InputStream;

/** An input stream made on the fly: the same bytes repeated a number of times; nothing is stored. */
final class RepeatedInput extends InputStream {

  private final byte[] unit;
  private final long length;
  private long position;

  RepeatedInput(byte[] unit, long repeats) {
    this.unit = unit.clone();
    this.length = unit.length * repeats;
  }

  /** The number of bytes the stream holds. */
  long length() {
    return length;
  }

  @Override
  public int read() {
    return position < length ? unit[(int) (position++ % unit.length)] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int n = 0;
    while (n < len && position < length) {
      int from = (int) (position % unit.length);
      int k = (int) Math.min(Math.min(len - n, unit.length - from), length - position);
      System.arraycopy(unit, from, b, off + n, k);
      n += k;
      position += k;
    }
    return n;
  }
}
