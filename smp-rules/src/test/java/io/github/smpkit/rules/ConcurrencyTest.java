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
  void validateAllOnAnExecutorEqualsOneByOneInOrder() {
    PartnershipValidator validator = PartnershipValidator.standard();
    List<Partnership> partnerships = partnerships();
    List<Report> sequential = partnerships.stream().map(validator::validate).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertEquals(sequential, validator.validateAll(partnerships, pool));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void validateAllOnADirectExecutorStaysOnTheCallingThread() {
    PartnershipValidator validator = PartnershipValidator.standard();
    List<Partnership> partnerships = partnerships().subList(0, 5);
    Thread caller = Thread.currentThread();
    List<Thread> used = new ArrayList<>();
    List<Report> reports = validator.validateAll(partnerships, task -> {
      used.add(Thread.currentThread());
      task.run();
    });
    assertEquals(partnerships.stream().map(validator::validate).collect(Collectors.toList()), reports);
    assertEquals(List.of(caller), used.stream().distinct().collect(Collectors.toList()));
    assertEquals(List.of(), validator.validateAll(List.of(), task -> {
      throw new AssertionError("nothing to run");
    }));
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
