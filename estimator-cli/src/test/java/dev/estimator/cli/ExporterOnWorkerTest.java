package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.estimator.export.Exporter;
import dev.estimator.export.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExporterOnWorkerTest {

    private final ExecutorService workers = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void makesAndPreparesTheExporterOnceOnTheWorker() {
        AtomicInteger prepared = new AtomicInteger();
        Thread[] preparedOn = new Thread[1];
        ExporterRegistry.Format format = new ExporterRegistry.Format("txt", "text", true, options -> new Exporter() {
            @Override
            public String extension() {
                return "txt";
            }

            @Override
            public void write(dev.estimator.export.ExportRequest request, java.io.OutputStream out) throws java.io.IOException {
                out.write('x');
            }

            @Override
            public void prepare() {
                prepared.incrementAndGet();
                preparedOn[0] = Thread.currentThread();
            }
        });
        Exporter exporter = ExporterOnWorker.start(format, ExporterRegistry.Options.defaults(), workers);
        assertEquals("txt", exporter.extension());
        exporter.prepare();
        assertEquals(1, prepared.get());
        assertNotSame(Thread.currentThread(), preparedOn[0]);
    }

    @Test
    void aFailureToMakeTheExporterIsThrownAsItself() {
        UserError failure = new UserError(ExitCodes.IO, "the theme cannot be read");
        ExporterRegistry.Format format = new ExporterRegistry.Format("txt", "text", true, options -> {
            throw failure;
        });
        Exporter exporter = ExporterOnWorker.start(format, ExporterRegistry.Options.defaults(), workers);
        assertSame(failure, assertThrows(UserError.class, () -> exporter.write(null, new ByteArrayOutputStream())));
        assertSame(failure, assertThrows(UserError.class, exporter::extension));
    }
}
