package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostCategory;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The typology of where training takes place against who pays for it (IOM SMP Guidance 2023,
 * ch. 2 on the location of training and the funding structure, ch. 8 and ch. 11): the core of the
 * Global Skill Partnership idea, in which the destination finances training in the origin.
 *
 * <p>Payers come from the shares of the training cost items when any is stated
 * ({@link PayerBasis#COST_ITEMS}); otherwise from the partnership's funding sources
 * ({@link PayerBasis#FUNDERS}), which tables mark with {@code (funder)} so the weaker reading
 * stays visible.
 */
public final class TrainingTypology {

  /**
   * Where one partnership trains and who pays for it.
   *
   * @param partnershipId the partnership
   * @param site where its training takes place
   * @param payers who pays for the training, read as {@code basis} says
   * @param basis what the payers are read from
   */
  public record Row(String partnershipId, TrainingSite site, Set<Payer> payers, PayerBasis basis) {
    /**
     * Checks the components and copies the lists.
     *
     * @param partnershipId the partnership
     * @param site where its training takes place
     * @param payers who pays for the training, read as {@code basis} says
     * @param basis what the payers are read from
     */
    public Row {
      Objects.requireNonNull(partnershipId, "partnershipId");
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(basis, "basis");
      payers = payers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(payers));
    }

    /**
     * The payers as table labels: {@code DONOR}, or {@code DONOR (funder)} when read from funders; {@code not known} when none.
     *
     * @return the payers as table labels: {@code DONOR}, or {@code DONOR (funder)} when read from funders; {@code not known} when none
     */
    public List<String> payerLabels() {
      if (payers.isEmpty()) {
        return List.of(NOT_KNOWN);
      }
      String suffix = basis == PayerBasis.FUNDERS ? " (funder)" : "";
      return EnumSet.copyOf(payers).stream().map(p -> p.name() + suffix).toList();
    }
  }

  static final String NOT_KNOWN = "not known";

  private final List<Row> rows;
  private final List<Corridor> corridorOrder;
  private final List<List<Corridor>> corridorsByRow;

  private TrainingTypology(List<Row> rows, List<List<Corridor>> corridorsByRow, List<Corridor> corridorOrder) {
    this.rows = List.copyOf(rows);
    this.corridorsByRow = List.copyOf(corridorsByRow);
    this.corridorOrder = List.copyOf(corridorOrder);
  }

  static TrainingTypology of(Collection<Partnership> partnerships, List<Corridor> corridorOrder) {
    List<Row> rows = new ArrayList<>();
    List<List<Corridor>> corridors = new ArrayList<>();
    for (Partnership p : partnerships) {
      rows.add(rowOf(p));
      corridors.add(Portfolio.corridorsOf(p));
    }
    return new TrainingTypology(rows, corridors, corridorOrder);
  }

  static Row rowOf(Partnership p) {
    Set<TrainingLocation> locations = EnumSet.noneOf(TrainingLocation.class);
    p.training().stream().map(TrainingComponent::location).forEach(locations::add);
    TrainingSite site;
    if (locations.isEmpty()) {
      site = TrainingSite.NOT_DESCRIBED;
    } else if (locations.contains(TrainingLocation.ORIGIN) && locations.contains(TrainingLocation.DESTINATION)) {
      site = TrainingSite.ORIGIN_AND_DESTINATION;
    } else if (locations.contains(TrainingLocation.THIRD_COUNTRY)) {
      site = TrainingSite.THIRD_COUNTRY;
    } else if (locations.contains(TrainingLocation.ORIGIN)) {
      site = TrainingSite.ORIGIN;
    } else {
      site = TrainingSite.DESTINATION;
    }
    Set<Payer> fromItems = EnumSet.noneOf(Payer.class);
    p.costs().stream().filter(c -> c.category() == CostCategory.TRAINING)
        .flatMap(c -> c.shares().stream()).map(PayerShare::payer).forEach(fromItems::add);
    if (!fromItems.isEmpty()) {
      return new Row(p.id(), site, fromItems, PayerBasis.COST_ITEMS);
    }
    Set<Payer> funders = EnumSet.noneOf(Payer.class);
    p.fundingSources().stream().map(FundingSource::type).forEach(funders::add);
    if (!funders.isEmpty()) {
      return new Row(p.id(), site, funders, PayerBasis.FUNDERS);
    }
    return new Row(p.id(), site, Set.of(), PayerBasis.NOT_KNOWN);
  }

  /**
   * One row per partnership, in portfolio order.
   *
   * @return one row per partnership, in portfolio order
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The row of one partnership, if it is in the portfolio.
   *
   * @param partnershipId the partnership id
   * @return the row of one partnership, if it is in the portfolio
   */
  public Optional<Row> row(String partnershipId) {
    return rows.stream().filter(r -> r.partnershipId().equals(partnershipId)).findFirst();
  }

  /**
   * Training site against payer: how many partnerships train where, paid by whom.
   *
   * @return training site against payer: how many partnerships train where, paid by whom
   */
  public CrossTab siteByPayer() {
    CrossTab.Builder b = new CrossTab.Builder("training site", "payer", payerColumns());
    Arrays.stream(TrainingSite.values()).filter(s -> rows.stream().anyMatch(r -> r.site() == s))
        .forEach(s -> b.row(s.name()));
    for (Row r : rows) {
      r.payerLabels().forEach(label -> b.add(r.site().name(), label, r.partnershipId()));
    }
    return b.build();
  }

  /**
   * Corridor against who pays for training, corridors in the order given (by default the
   * portfolio's corridors, most partnerships first): answers "who pays for training in the
   * busiest corridors".
   *
   * @return the cross-tabulation, one row per corridor
   */
  public CrossTab payersByCorridor() {
    return payersByCorridor(corridorOrder);
  }

  /**
   * Corridor against who pays for training, for the corridors given, in that order.
   *
   * @param corridors the corridors, one row each, in order
   * @return corridor against who pays for training, for the corridors given, in that order
   */
  public CrossTab payersByCorridor(List<Corridor> corridors) {
    CrossTab.Builder b = new CrossTab.Builder("corridor", "training paid by", payerColumns());
    for (Corridor c : corridors) {
      b.row(c.toString());
      for (int i = 0; i < rows.size(); i++) {
        if (corridorsByRow.get(i).contains(c)) {
          Row r = rows.get(i);
          r.payerLabels().forEach(label -> b.add(c.toString(), label, r.partnershipId()));
        }
      }
    }
    return b.build();
  }

  private static List<String> payerColumns() {
    List<String> columns = new ArrayList<>();
    for (Payer p : Payer.values()) {
      columns.add(p.name());
    }
    for (Payer p : Payer.values()) {
      columns.add(p.name() + " (funder)");
    }
    columns.add(NOT_KNOWN);
    return columns;
  }

  /**
   * An aligned table, one row per partnership: site, payers and basis.
   *
   * @return an aligned table, one row per partnership: site, payers and basis
   */
  @Override
  public String toString() {
    TextTable t = new TextTable("partnership", "training site", "paid by", "read from");
    for (Row r : rows) {
      t.row(r.partnershipId(), r.site(), String.join(", ", r.payerLabels()), r.basis());
    }
    return t.render("");
  }

  /**
   * RFC 4180 CSV, one row per partnership and payer: {@code partnership,site,payer,basis} (payer empty when not known).
   *
   * @return rFC 4180 CSV, one row per partnership and payer: {@code partnership,site,payer,basis} (payer empty when not known)
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row("partnership", "site", "payer", "basis");
    for (Row r : rows) {
      if (r.payers().isEmpty()) {
        csv.row(r.partnershipId(), r.site().name(), "", r.basis().name());
      }
      EnumSet<Payer> payers = r.payers().isEmpty() ? EnumSet.noneOf(Payer.class) : EnumSet.copyOf(r.payers());
      for (Payer p : payers) {
        csv.row(r.partnershipId(), r.site().name(), p.name(), r.basis().name());
      }
    }
    return csv.toString();
  }
}
