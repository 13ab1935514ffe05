package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The workbook's row pipeline runs what it is handed in order, and reports the first failure to the builder. */
class RowPipelineTest {

    @Test
    void runsStepsInTheOrderHandedOver() throws IOException {
        List<Integer> done = new ArrayList<>();
        try (RowPipeline pipeline = new RowPipeline()) {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                pipeline.submit(() -> done.add(n));
            }
            pipeline.await();
            assertEquals(IntStream.range(0, 1000).boxed().toList(), List.copyOf(done));
        }
    }

    @Test
    void aFailureReachesTheBuildingThreadAndStopsTheRest() throws IOException {
        List<Integer> done = new ArrayList<>();
        try (RowPipeline pipeline = new RowPipeline()) {
            pipeline.submit(() -> done.add(1));
            pipeline.submit(() -> {
                throw new IOException("disk full");
            });
            try {
                pipeline.submit(() -> done.add(3));
            } catch (IOException alreadyKnown) {
                // The pipeline's thread may have failed already: then this hand-over throws it too.
                assertTrue(alreadyKnown.getMessage().contains("disk full"), alreadyKnown.getMessage());
            }
            IOException failure = assertThrows(IOException.class, pipeline::await);
            assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
            assertThrows(IOException.class, () -> pipeline.submit(() -> done.add(4)));
            assertEquals(List.of(1), List.copyOf(done));
        }
    }
}
