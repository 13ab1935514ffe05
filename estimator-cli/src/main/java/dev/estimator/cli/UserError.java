package dev.estimator.cli;

/** A problem the user can fix, reported as a plain message with its exit code and no stack trace. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
