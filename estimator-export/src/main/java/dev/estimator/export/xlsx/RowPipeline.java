package dev.estimator.export.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One thread that turns the rows a streamed workbook flushes into XML while the sheets go on
 * being built: at 100,000 line items writing the rows was some two fifths of the workbook's time
 * on the building thread, and a machine with two cores had the other one idle.
 *
 * <p>Each sheet's rows are written in the order they were flushed, by the one thread, so every
 * file is the same bytes as when written in line. A row handed over is never touched again by the
 * building thread (POI drops a flushed row from its sheet). The first failure is kept and thrown to
 * the building thread at its next hand-over or wait.
 */
final class RowPipeline implements AutoCloseable {

    /** Batches waiting at most; the building thread waits when the writer falls this far behind. */
    private static final int QUEUED = 16;

    private final ExecutorService thread;
    private volatile Throwable failure;

    RowPipeline() {
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), work -> {
            Thread t = new Thread(work, "estimator-workbook-rows");
            t.setDaemon(true);
            return t;
        }, (work, executor) -> {
            if (executor.isShutdown()) {
                throw new RejectedExecutionException("the workbook is closed");
            }
            try {
                executor.getQueue().put(work);   // the building thread waits for room
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException(e);
            }
        });
    }

    /** Something that writes and may fail with an I/O error. */
    interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step} on the pipeline's thread after everything handed over before it. */
    void submit(Step step) throws IOException {
        check();
        thread.execute(() -> {
            if (failure != null) {
                return;
            }
            try {
                step.run();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        });
    }

    /** Waits until everything handed over so far is written. */
    void await() throws IOException {
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the workbook's rows were written");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        check();
    }

    boolean closed() {
        return thread.isShutdown();
    }

    private void check() throws IOException {
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    /** Lets what was handed over finish, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
