package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.typology.AgreementScope;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parties of one generated partnership (or strand, or standalone training component) and
 * the scope to set, if any (empty: leave the model's default).
 */
final class Parties {

  final List<Party> list;
  final Optional<AgreementScope> scope;

  private Parties(List<Party> list, Optional<AgreementScope> scope) {
    this.list = List.copyOf(list);
    this.scope = scope;
  }

  /** Parties without a scope of their own (a strand, a standalone training component). */
  static Parties of(List<Party> list) {
    return new Parties(list, Optional.empty());
  }

  /** The parties of a partnership whose scope is set explicitly. */
  static Parties withScope(List<Party> list, AgreementScope scope) {
    return new Parties(list, Optional.of(scope));
  }

  List<Country> origins() {
    return in(PartyRole.ORIGIN);
  }

  List<Country> destinations() {
    return in(PartyRole.DESTINATION);
  }

  List<Country> countries() {
    return list.stream().map(Party::country).distinct().collect(Collectors.toList());
  }

  private List<Country> in(PartyRole role) {
    return list.stream().filter(p -> p.role() == role).map(Party::country).collect(Collectors.toList());
  }
}
