package dev.estimator.cli;

/** The exit codes of the {@code estimator} command, documented in the README. */
public final class ExitCodes {

    /** Everything worked; for {@code validate}, every file is valid. */
    public static final int OK = 0;
    /** An estimate file has problems (each is printed with file, line:column and field path). */
    public static final int INVALID_ESTIMATE = 1;
    /** The command line is wrong: unknown option, missing argument, unknown template. */
    public static final int USAGE = 2;
    /** A file could not be written (or a theme read); nothing was half-written or overwritten. */
    public static final int IO = 3;
    /** The estimate needs more memory than Java was given; the message names the limit and how to raise it. */
    public static final int OUT_OF_MEMORY = 4;
    /** {@code offer}: the verdict is counter (not below walk-away, but under the target or beyond the largest discount). */
    public static final int OFFER_COUNTER = 10;
    /** {@code offer}: the verdict is decline (below the walk-away price, or below cost when none is stated). */
    public static final int OFFER_DECLINE = 11;
    /** {@code accept}: the acceptance code does not match this file (tampered, another revision, a changed file). */
    public static final int CODE_REFUSED = 12;
    /** A bug in Estimator; the message says so and how to report it. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
