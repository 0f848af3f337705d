/**
 * smpkit JSON: the documented, versioned JSON format of Skills Mobility Partnerships (IOM SMP
 * Guidance 2023, ch. 5 on data and evidence), read and written with Jackson 3's streaming parser,
 * its JSON Schema and precise errors on bad input. Only {@code io.github.smpkit.json} is API;
 * {@code io.github.smpkit.json.internal} (codecs, tree, canonical writer) is not exported.
 *
 * <p>The model is required transitively because every method of the API takes or returns its
 * types. Jackson (jackson-core only, its streaming parser and generator) is an implementation
 * detail: no Jackson type appears in the API.
 */
module io.github.smpkit.json {
  requires transitive io.github.smpkit.core;
  requires tools.jackson.core;

  exports io.github.smpkit.json;
}
