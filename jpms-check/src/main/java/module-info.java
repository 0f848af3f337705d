/** A consumer of smpkit on the module path, as a user's module would be; not published. */
module io.github.smpkit.jpmscheck {
  requires io.github.smpkit.core;
  requires io.github.smpkit.testkit;
  requires io.github.smpkit.json;
  requires io.github.smpkit.rules;
  requires io.github.smpkit.portfolio;
  requires io.github.smpkit.sheets;
  requires io.github.smpkit.html;
}
