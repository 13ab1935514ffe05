package dev.estimator.core.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Waiting for work started on another thread, as if it had run on this one. */
public final class Futures {

    /** The stack of a thread started here: deep enough for whatever the command's own thread can read. */
    private static final long STACK_BYTES = 64L << 20;

    private Futures() {
    }

    /**
     * Starts {@code work} on a thread of its own (a daemon, named {@code name}, with a large stack)
     * and returns its future result. Not on the common fork-join pool: on two cores that pool has a
     * single worker, and long work queued there makes every other task sent to it wait (reading one
     * revision there held up the checking of the other).
     */
    public static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Work on the indexes {@code from} (inclusive) to {@code to} (exclusive) of a range. */
    @FunctionalInterface
    public interface Part {
        void run(int from, int to);
    }

    /**
     * Runs {@code part} over the indexes 0 to {@code count}: when {@code split}, the second half on a
     * thread of its own named {@code name} while this thread does the first, else the whole range
     * here. Returns once both halves are done; what either threw is thrown here, as {@link #joined}.
     */
    public static void inHalves(String name, int count, boolean split, Part part) {
        int half = split ? count / 2 : count;
        CompletableFuture<Void> second = half == count ? CompletableFuture.completedFuture(null)
                : onOwnThread(name, () -> {
                    part.run(half, count);
                    return null;
                });
        part.run(0, half);
        joined(second);
    }

    /**
     * The result of {@code future}. Whatever the work threw (a user error, running out of memory)
     * is thrown here as it was, not wrapped, so that callers report it as they would have had the
     * work run on their own thread.
     */
    public static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
