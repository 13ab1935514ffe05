package dev.estimator.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress counter on a terminal ({@code [12/100] estimate.yaml}), redrawn in place;
 * silent when the output is not a terminal, so logs and pipes get only the results.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int done;
    private String line = "";

    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** Whether this process writes to a terminal (not a pipe or file). */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 a console exists even when redirected; isTerminal() tells. Java 21 has no
        // such method, and there a console means a terminal.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** One more file is done. */
    synchronized void advance(Path file) {
        done++;
        line = "[" + done + "/" + total + "] " + file.getFileName();
        draw();
    }

    /** Prints {@code lines} above the progress line. */
    synchronized void above(Runnable lines) {
        clear();
        lines.run();
        draw();
    }

    /** Removes the progress line for good. */
    synchronized void finish() {
        clear();
        line = "";
    }

    private void clear() {
        if (enabled && !line.isEmpty()) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void draw() {
        if (enabled && !line.isEmpty()) {
            err.print("\r\033[K" + line);
            err.flush();
        }
    }
}
