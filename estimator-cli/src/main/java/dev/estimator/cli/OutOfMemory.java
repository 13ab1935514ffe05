package dev.estimator.cli;

import java.util.Locale;

/** The plain report of running out of memory: which limit was reached and how to raise it. */
final class OutOfMemory {

    private OutOfMemory() {
    }

    /** {@code what} (e.g. "the estimate needs more memory than Java was given"), the limit, and the way to raise it. */
    static String message(String what) {
        long max = Runtime.getRuntime().maxMemory();
        String limit = max == Long.MAX_VALUE ? "no fixed limit"
                : String.format(Locale.ROOT, "%d MiB", max / (1024 * 1024));
        return what + " (its maximum heap: " + limit + "); give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx2g estimator ...";
    }
}
