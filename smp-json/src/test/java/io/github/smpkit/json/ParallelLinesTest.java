package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Record streams made parallel by the caller stay in bounded memory and see what a sequential stream sees. */
class ParallelLinesTest {

  @Test
  void parallelStreamsGiveTheSequentialRecordsInOrder() {
    List<Partnership> many = PartnershipGenerator.withSeed(11).next(40);
    SmpJson json = SmpJson.standard();
    StringWriter lines = new StringWriter();
    json.writeLines(many, lines);
    try (Stream<Partnership> read = json.readLines(new StringReader(lines.toString()))) {
      assertEquals(many, read.parallel().collect(Collectors.toList()));
    }
    StringWriter array = new StringWriter();
    json.writeArray(many, array);
    try (Stream<Partnership> read = json.readArray(new StringReader(array.toString()))) {
      assertEquals(many.size(), read.parallel().count());
    }
  }

  @Test
  @Tag("long") // 16 s alone, 47 s in a loaded build; run once, on the default JDK (.ci/run step 1)
  void twoHundredThousandLinesReadInParallelWithA64MegabyteHeap() throws IOException, InterruptedException {
    String output = ForkedJvm.run("64m", ParallelLines.class, "198000");
    // 18,000 repeats of ten good lines and one that is not a partnership
    Matcher sequential = Pattern.compile("sequential records=198000 failures=18000 idHashes=(-?[0-9]+)").matcher(output);
    assertTrue(sequential.find(), output);
    String hashes = sequential.group(1);
    assertTrue(output.contains("parallelForEach records=198000 failures=18000 idHashes=" + hashes + "\n"), output);
    assertTrue(output.contains("parallelCount records=198000\n"), output);
    assertTrue(output.contains("parallelSum idHashes=" + hashes + "\n"), output);
    assertTrue(output.contains("maxHeapMB="), output);
    System.out.println("ParallelLines: " + output.strip());
  }
}
