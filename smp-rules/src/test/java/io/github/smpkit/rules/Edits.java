package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.training.TrainingComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Small edits of a partnership for rule tests: take facts away or change them. */
final class Edits {

  private Edits() {
  }

  static <T> List<T> without(List<T> list, Predicate<T> drop) {
    return list.stream().filter(drop.negate()).collect(Collectors.toList());
  }

  static <T> Set<T> minus(Set<T> set, T item) {
    return set.stream().filter(x -> !x.equals(item)).collect(Collectors.toSet());
  }

  static <T> List<T> map(List<T> list, Function<T, T> f) {
    return list.stream().map(f).collect(Collectors.toList());
  }

  static Partnership noSafeguard(Partnership p, RecruitmentSafeguard... s) {
    Set<RecruitmentSafeguard> set = Set.of(s);
    return p.withRecruitmentProvisions(without(p.recruitmentProvisions(), x -> set.contains(x.safeguard())));
  }

  static Partnership noSocial(Partnership p, SocialProvisionKind... k) {
    Set<SocialProvisionKind> set = Set.of(k);
    return p.withSocialProvisions(without(p.socialProvisions(), x -> set.contains(x.kind())));
  }

  static Partnership noLink(Partnership p, DevelopmentLinkKind... k) {
    Set<DevelopmentLinkKind> set = Set.of(k);
    return p.withDevelopmentLinks(without(p.developmentLinks(), x -> set.contains(x.kind())));
  }

  static Partnership noRecognition(Partnership p, RecognitionMechanism... m) {
    Set<RecognitionMechanism> set = Set.of(m);
    return p.withRecognition(without(p.recognition(), x -> set.contains(x.mechanism())));
  }

  /** Removes stakeholders of these types; the governance must not name them (it names only labour ministries). */
  static Partnership noStakeholder(Partnership p, StakeholderType... t) {
    Set<StakeholderType> set = Set.of(t);
    return p.withStakeholders(without(p.stakeholders(), x -> set.contains(x.type())));
  }

  static Partnership noAssessment(Partnership p, AssessmentKind k) {
    return p.withAssessments(without(p.assessments(), x -> x.kind() == k));
  }

  static Partnership noProcedure(Partnership p, Predicate<io.github.smpkit.core.continuum.Procedure> drop) {
    return p.withProcedures(without(p.procedures(), drop));
  }

  static Partnership noProcedureKind(Partnership p, ProcedureKind kind) {
    return noProcedure(p, x -> x.kind() == kind);
  }

  static Partnership noProcedurePhase(Partnership p, MigrationPhase phase) {
    return noProcedure(p, x -> x.phase() == phase);
  }

  static Partnership training(Partnership p, Function<TrainingComponent, TrainingComponent> f) {
    return p.withTraining(map(p.training(), f));
  }

  static Partnership objectives(Partnership p, Function<Objective, Objective> f) {
    return p.withObjectives(map(p.objectives(), f));
  }

  static Partnership pathways(Partnership p, Function<LegalPathway, LegalPathway> f) {
    return p.withPathways(map(p.pathways(), f));
  }

  static Partnership costs(Partnership p, Function<CostItem, CostItem> f) {
    return p.withCosts(map(p.costs(), f));
  }

  /** Every cost paid in full by one payer. */
  static Partnership allCostsPaidBy(Partnership p, Payer payer) {
    return costs(p, c -> c.withShares(PayerShare.all(payer)));
  }
}
