package dev.estimator.export.pdf;

/** A theme file that cannot be used; the message names the file and what is wrong with it. */
public final class ThemeException extends Exception {

    ThemeException(String message) {
        super(message);
    }

    ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
