package io.github.smpkit.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An input stream made on the fly: a head, a unit repeated many times, a tail; nothing is stored. */
final class GeneratedInput extends InputStream {

  private final byte[] head;
  private final byte[] unit;
  private final byte[] tail;
  private final long repeats;
  private long position;
  private final long length;

  GeneratedInput(String head, String unit, long repeats, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.repeats = repeats;
    this.length = this.head.length + this.unit.length * repeats + this.tail.length;
  }

  /** The number of bytes the stream holds. */
  long length() {
    return length;
  }

  @Override
  public int read() {
    if (position >= length) {
      return -1;
    }
    long p = position++;
    if (p < head.length) {
      return head[(int) p] & 0xff;
    }
    p -= head.length;
    long body = unit.length * repeats;
    if (p < body) {
      return unit[(int) (p % unit.length)] & 0xff;
    }
    return tail[(int) (p - body)] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position >= length) {
      return -1;
    }
    int n = 0;
    while (n < len && position < length) {
      long p = position;
      byte[] source;
      int from;
      if (p < head.length) {
        source = head;
        from = (int) p;
      } else if (p - head.length < unit.length * repeats) {
        source = unit;
        from = (int) ((p - head.length) % unit.length);
      } else {
        source = tail;
        from = (int) (p - head.length - unit.length * repeats);
      }
      int k = Math.min(len - n, source.length - from);
      System.arraycopy(source, from, b, off + n, k);
      n += k;
      position += k;
    }
    return n;
  }
}
