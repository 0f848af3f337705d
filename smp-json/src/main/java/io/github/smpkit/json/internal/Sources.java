package io.github.smpkit.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The caller's byte stream or reader, wrapped so that its own I/O failures can be told apart from
 * Jackson's: an {@code IOException} the source throws is wrapped in a {@link Failure} (and
 * unwrapped again before the caller sees it, as the cause of an {@code UncheckedIOException});
 * any other {@code IOException} from Jackson comes from decoding the bytes (an encoding
 * recognised from the first bytes that they do not follow), which is bad input, not a failing
 * stream.
 */
final class Sources {

  private Sources() {}

  /** An I/O failure of the caller's source, with the source's own exception as cause. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /** The source's own exception. */
    IOException original() {
      return (IOException) getCause();
    }
  }

  /** One call to the caller's source. */
  private interface Call<T> {
    T run() throws IOException;
  }

  /** Runs {@code call}, wrapping the source's own I/O failure in a {@link Failure}. */
  private static <T> T guarded(Call<T> call) throws Failure {
    try {
      return call.run();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  static InputStream of(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return guarded(super::read);
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return guarded(() -> super.read(b, off, len));
      }

      @Override
      public long skip(long n) throws IOException {
        return guarded(() -> super.skip(n));
      }

      @Override
      public int available() throws IOException {
        return guarded(super::available);
      }

      @Override
      public void close() {
        // the caller owns the stream
      }
    };
  }

  static Reader of(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        return guarded(super::read);
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return guarded(() -> super.read(b, off, len));
      }

      @Override
      public long skip(long n) throws IOException {
        return guarded(() -> super.skip(n));
      }

      @Override
      public boolean ready() throws IOException {
        return guarded(super::ready);
      }

      @Override
      public void close() {
        // the caller owns the reader
      }
    };
  }
}
