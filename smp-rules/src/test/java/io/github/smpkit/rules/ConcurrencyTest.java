package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator is stateless: parallel validation gives the same reports as sequential validation. */
class ConcurrencyTest {

  private static List<Partnership> partnerships() {
    List<Partnership> list = new ArrayList<>(PartnershipGenerator.withSeed(11).next(80));
    list.addAll(PartnershipGenerator.withSeed(12).complete().next(80));
    return list;
  }

  @Test
  void validateAllInParallelEqualsOneByOne() {
    PartnershipValidator validator = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
    List<Partnership> partnerships = partnerships();
    List<Report> sequential = partnerships.stream().map(validator::validate).collect(Collectors.toList());
    assertEquals(sequential, validator.validateAll(partnerships));
  }

  @Test
  void oneValidatorSharedByManyThreadsGivesTheSameReports() throws Exception {
    PartnershipValidator validator = PartnershipValidator.standard();
    List<Partnership> partnerships = partnerships();
    List<Report> expected = partnerships.stream().map(validator::validate).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (Partnership p : partnerships) {
        futures.add(pool.submit(() -> validator.validate(p)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
