package dev.estimator.core.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started on another thread, as if it had run on this one. */
public final class Futures {

    private Futures() {
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
