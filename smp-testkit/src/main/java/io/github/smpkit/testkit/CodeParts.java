package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The generator's part for smp-core's {@code code} package: countries and entries of the code lists. */
final class CodeParts {

  /**
   * Countries the generator draws from: a fixed list, so that a seed means the same on every JDK
   * (the JDK's own ISO 3166 list changes between releases). It covers the regions where SMPs
   * run, and Kosovo.
   */
  static final List<Country> COUNTRIES = Stream.of(
      "AL", "AM", "AT", "AU", "AZ", "BA", "BD", "BE", "BF", "BG", "BJ", "BR", "BY", "CA", "CH", "CI", "CL", "CM",
      "CN", "CO", "CZ", "DE", "DK", "DZ", "EC", "EE", "EG", "ES", "ET", "FI", "FJ", "FR", "GB", "GE", "GH", "GM",
      "GN", "GR", "GT", "HN", "HR", "HU", "ID", "IE", "IN", "IT", "JO", "JP", "KE", "KG", "KH", "KR", "KW", "KZ",
      "LB", "LK", "LT", "LU", "LV", "MA", "MD", "ME", "MK", "ML", "MX", "MY", "NG", "NL", "NO", "NP", "NZ", "PH",
      "PK", "PL", "PT", "QA", "RO", "RS", "RW", "SA", "SE", "SG", "SI", "SK", "SN", "SV", "TH", "TJ", "TN", "TO",
      "TR", "UA", "UG", "US", "UZ", "VN", "WS", "XK", "ZA", "ZM", "ZW")
      .map(Country::of).collect(Collectors.toUnmodifiableList());

  private final Draws d;

  CodeParts(Draws d) {
    this.d = d;
  }

  Country country() {
    return d.pick(COUNTRIES);
  }

  IscoCode iscoCode() {
    return d.pick(IscoCode.list().all());
  }

  IsicCode isicCode() {
    return d.pick(IsicCode.list().all());
  }

  IscedLevel iscedLevel() {
    return d.pick(IscedLevel.list().all());
  }

  EqfLevel eqfLevel() {
    return d.pick(EqfLevel.list().all());
  }

  SdgTarget sdgTarget() {
    return d.pick(SdgTarget.list().all());
  }

  GcmObjective gcmObjective() {
    return d.pick(GcmObjective.list().all());
  }
}
