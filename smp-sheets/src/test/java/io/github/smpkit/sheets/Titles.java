package io.github.smpkit.sheets;

import io.github.smpkit.sheets.internal.Layout;
import io.github.smpkit.sheets.internal.Table;
import java.util.ArrayList;
import java.util.List;

/** The titles of a sheet of the layout, keys first, for tests that build workbooks by hand. */
final class Titles {

  private Titles() {}

  static List<String> of(String sheet) {
    Table t = Layout.standard().table(sheet).orElseThrow();
    List<String> titles = new ArrayList<>(t.keyTitles());
    t.columns().forEach(c -> titles.add(c.title()));
    return titles;
  }
}
