package io.github.smpkit.json.internal;

/**
 * The JSON pointer (RFC 6901) of a value being read, built a step at a time and rendered as text
 * only when a problem names it: reading a document builds one step per value, and most documents
 * have no problem at all.
 */
final class Pointer {

  /** The whole document: the empty pointer. */
  static final Pointer ROOT = new Pointer(null, null, 0);

  private final Pointer parent;
  private final String name;
  private final long index;
  private String text;

  private Pointer(Pointer parent, String name, long index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    if (parent == null) {
      this.text = "";
    }
  }

  /** The member {@code name} of the object here. */
  Pointer child(String name) {
    return new Pointer(this, name, 0);
  }

  /** The element {@code index} of the array here. */
  Pointer child(long index) {
    return new Pointer(this, null, index);
  }

  /** The pointer as text, for example {@code /pathways/0/destination} ({@code ~} and {@code /} escaped). */
  @Override
  public String toString() {
    if (text == null) {
      String step = name == null ? Long.toString(index)
          : name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name
          : name.replace("~", "~0").replace("/", "~1");
      text = parent + "/" + step;
    }
    return text;
  }
}
