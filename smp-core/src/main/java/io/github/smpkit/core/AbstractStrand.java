package io.github.smpkit.core;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.Occupation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One strand of a partnership: a part with its own countries of origin and destination, its own
 * implementer, sectors, occupations and, where it has them, its own pathway, training, time frame
 * and figures. Many real partnerships run several: THAMM's German strand (GIZ and the Federal
 * Employment Agency, Egypt, Morocco and Tunisia to Germany), its Belgian one (Enabel, Morocco and
 * Tunisia to Belgium) and its French one (OFII, Tunisia to France); PALM's seasonal and long-term
 * streams (IOM SMP Guidance 2023, ch. 2 on multilateral and regional partnerships, ch. 4 on
 * implementation). Corridors are counted from strands when a partnership has them: a strand runs
 * along every pair of its own origins and destinations, not along every pair of the partnership.
 *
 * <p>A strand without destinations runs at home: a home track, or a governance or
 * system-strengthening component, such as APTC's training for Pacific labour markets or THAMM's
 * ILO and IOM components. It adds no corridor.
 *
 * <p>Invariants: at least one origin; a strand's pathways are for its own
 * destinations; a training component in the origin (destination) names one of the strand's
 * origins (destinations). The partnership checks that the strand's countries are its parties in
 * the matching role.
 */
@Value.Immutable
abstract class AbstractStrand {

  /** The strand's name, unique within the partnership, for example {@code "Enabel (Belgium)"}. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** Its countries of origin: origin parties of the partnership. */
  abstract Set<Country> origins();

  /** Its countries of destination: destination parties of the partnership; empty for a strand at home. */
  abstract Set<Country> destinations();

  /** Who implements it, for example {@code "Enabel"}; a stakeholder's name where one is listed. */
  abstract Optional<@ValidText(TextRule.SHORT) String> implementer();

  /** What the strand is about, in a few sentences. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** When the strand runs, when it differs from the partnership. */
  abstract Optional<@Valid TimeFrame> timeFrame();

  /** Its sectors, as ISIC Rev.4 sections or divisions. */
  abstract Set<IsicCode> sectors();

  /** Its occupations, as ISCO-08 groups. */
  abstract List<@Valid Occupation> occupations();

  /** The legal pathways its workers use (ch. 10). */
  abstract List<@Valid LegalPathway> pathways();

  /** Its training components (ch. 8). */
  abstract List<@Valid TrainingComponent> training();

  /** Its participant figures, planned and actual (ch. 5). */
  abstract List<@Valid ParticipantFigure> participants();

  @Value.Check
  void check() {
    String type = "Strand";
    Invariants.require(!origins().isEmpty(), type, "origins", origins(), "needs at least one country of origin");
    for (int i = 0; i < pathways().size(); i++) {
      Invariants.require(destinations().contains(pathways().get(i).destination()), type,
          "pathways[" + i + "].destination", pathways().get(i).destination(), "is not one of the strand's destinations "
              + destinations());
    }
    for (int i = 0; i < training().size(); i++) {
      TrainingComponent component = training().get(i);
      if (component.country().isPresent() && component.location() != TrainingLocation.THIRD_COUNTRY) {
        Set<Country> expected = component.location() == TrainingLocation.ORIGIN ? origins() : destinations();
        Invariants.require(expected.contains(component.country().get()), type, "training[" + i + "].country",
            component.country().get(), "is not one of the strand's countries in the role its location "
                + component.location() + " needs");
      }
    }
    Invariants.texts(this, type);
  }
}
