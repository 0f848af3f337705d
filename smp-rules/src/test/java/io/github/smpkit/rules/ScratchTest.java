package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() {
    PartnershipValidator v = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
    System.out.println(v.validate(GoodPractice.exemplary()).toText());
    Partnership raw = PartnershipGenerator.withSeed(7).complete().next();
    System.out.println(v.validate(raw).toText());
    System.out.println(v.validate(GoodPractice.apply(raw)).toText());
    System.out.println(v.validate(PartnershipGenerator.withSeed(8).next()).toMarkdown());
  }
}
