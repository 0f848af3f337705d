package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.party.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generator's part for smp-core's {@code funding} and {@code money} packages: money, funding
 * sources, financing mechanisms, cost items with payer shares adding up to exactly 100 %, and
 * payments.
 */
final class FundingParts {

  /** Currencies with zero, two and three decimals. */
  private static final List<Currency> CURRENCIES = Stream.of(
      "EUR", "USD", "GBP", "CHF", "JPY", "KRW", "NGN", "MAD", "TND", "PHP", "KWD", "BHD", "AUD", "CAD", "INR")
      .map(Currency::getInstance).collect(Collectors.toUnmodifiableList());

  private final Draws d;
  private final CodeParts codes;

  FundingParts(Draws d, CodeParts codes) {
    this.d = d;
    this.codes = codes;
  }

  Money money() {
    if (d.hostile) {
      return hostileMoney();
    }
    Currency currency = d.pick(CURRENCIES);
    int digits = currency.getDefaultFractionDigits();
    long units = d.random().nextInt(4) == 0 ? d.random().nextLong(1_000) : d.random().nextLong(50_000_000);
    long minor = 1;
    for (int i = 0; i < digits; i++) {
      minor *= 10;
    }
    long fraction = d.random().nextBoolean() ? 0 : d.random().nextLong(minor);
    return Money.of(currency, BigDecimal.valueOf(units * minor + fraction, digits));
  }

  private Money hostileMoney() {
    Currency currency = d.pick(CURRENCIES);
    int digits = currency.getDefaultFractionDigits();
    StringBuilder amount = new StringBuilder();
    switch (d.random().nextInt(3)) {
      case 0 -> amount.append('0');
      case 1 -> amount.append("9".repeat(Money.MAX_WHOLE_DIGITS));
      default -> {
        amount.append(1 + d.random().nextInt(9));
        int more = d.random().nextInt(Money.MAX_WHOLE_DIGITS);
        for (int i = 0; i < more; i++) {
          amount.append(d.random().nextInt(10));
        }
      }
    }
    if (digits > 0) {
      amount.append('.');
      for (int i = 0; i < digits; i++) {
        amount.append(d.random().nextInt(10));
      }
    }
    return Money.of(currency, new BigDecimal(amount.toString()));
  }

  /** A funding source standing alone, with its side. */
  FundingSource fundingSource() {
    FundingSource base = fundingSource(CodeParts.COUNTRIES);
    return d.later(() -> base.withSide(d.maybe(() -> d.oneOf(Side.class))));
  }

  /** A funding source in one of {@code countries}, without its side (added later). */
  FundingSource fundingSource(List<Country> countries) {
    return FundingSource.builder()
        .name(d.pick(Text.FUNDERS) + " " + (1 + d.random().nextInt(99)))
        .type(d.oneOf(Payer.class))
        .country(d.maybe(() -> d.pick(countries)))
        .amount(d.maybe(this::money))
        .build();
  }

  FinancingMechanism financingMechanism() {
    MechanismKind kind = d.oneOf(MechanismKind.class);
    return FinancingMechanism.builder().kind(kind).description(d.described(kind)).build();
  }

  /** A cost item standing alone, with its payments. */
  CostItem costItem() {
    CostItem base = baseCostItem();
    return d.later(() -> withPayments(base));
  }

  CostItem withPayments(CostItem item) {
    return item.withPayments(d.listOf(3, this::payment));
  }

  Payment payment() {
    Payer payer = d.oneOf(Payer.class);
    Optional<PaymentMechanism> mechanism = d.maybe(() -> d.oneOf(PaymentMechanism.class));
    boolean other = payer == Payer.OTHER || mechanism.equals(Optional.of(PaymentMechanism.OTHER));
    return Payment.builder()
        .payer(payer)
        .side(d.maybe(() -> d.oneOf(Side.class)))
        .country(d.maybe(codes::country))
        .mechanism(mechanism)
        .amount(d.maybe(this::money))
        .percent(d.maybe(() -> BigDecimal.valueOf(1 + d.random().nextInt(10_000), 2)))
        .above(d.maybe(this::money))
        .due(d.maybe(() -> d.oneOf(MigrationPhase.class)))
        .description(other ? Optional.of(d.sentence(2, 12)) : d.maybe(() -> d.sentence(2, 12)))
        .build();
  }

  /** A cost item of release 0.1, without payments (added later). */
  CostItem baseCostItem() {
    CostItemKind item = d.oneOf(CostItemKind.class);
    return CostItem.builder()
        .item(item)
        .description(d.described(item))
        .basis(d.maybe(() -> d.oneOf(CostBasis.class)))
        .amount(d.maybe(this::money))
        .shares(d.complete || d.random().nextBoolean() ? payerShares() : List.of())
        .build();
  }

  List<PayerShare> payerShares() {
    if (d.hostile) {
      return hostileShares();
    }
    int n = 1 + d.random().nextInt(4);
    List<Payer> payers = new ArrayList<>(EnumSet.allOf(Payer.class));
    List<Payer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(payers.remove(d.random().nextInt(payers.size())));
    }
    boolean hundredths = d.random().nextInt(3) == 0;
    int scale = hundredths ? 2 : 0;
    int total = hundredths ? 10_000 : 100;
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < n - 1) {
      cuts.add(1 + d.random().nextInt(total - 1));
    }
    List<PayerShare> shares = new ArrayList<>(n);
    int previous = 0;
    int i = 0;
    for (int cut : cuts) {
      shares.add(PayerShare.of(chosen.get(i++), BigDecimal.valueOf(cut - previous, scale)));
      previous = cut;
    }
    shares.add(PayerShare.of(chosen.get(i), BigDecimal.valueOf(total - previous, scale)));
    return shares;
  }

  /** Shares in millionths of a per cent, the finest the model keeps. */
  private List<PayerShare> hostileShares() {
    int n = 1 + d.random().nextInt(4);
    List<Payer> payers = new ArrayList<>(EnumSet.allOf(Payer.class));
    Collections.shuffle(payers, new Random(d.random().nextLong()));
    int total = 100_000_000;
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < n - 1) {
      cuts.add(1 + d.random().nextInt(total - 1));
    }
    cuts.add(total);
    List<PayerShare> shares = new ArrayList<>(n);
    int previous = 0;
    int i = 0;
    for (int cut : cuts) {
      shares.add(PayerShare.of(payers.get(i++), BigDecimal.valueOf(cut - previous, PayerShare.MAX_DECIMALS)));
      previous = cut;
    }
    return shares;
  }
}
