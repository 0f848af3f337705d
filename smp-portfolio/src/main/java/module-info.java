/**
 * Portfolio analysis of Skills Mobility Partnerships for researchers: groupings by corridor,
 * sector, skill level, form of engagement, status and decade; participants planned against
 * actual; cost shares by payer; the coverage of the ten essential elements; where training
 * takes place against who pays for it; aligned tables and RFC 4180 CSV (IOM SMP Guidance 2023,
 * ch. 2, 5, 8 and 11).
 */
module io.github.smpkit.portfolio {
  requires transitive io.github.smpkit.core;
  requires transitive io.github.smpkit.rules;

  exports io.github.smpkit.portfolio;
}
