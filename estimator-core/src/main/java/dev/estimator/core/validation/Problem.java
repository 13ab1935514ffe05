package dev.estimator.core.validation;

import com.google.common.base.Preconditions;

/**
 * One thing wrong with an estimate, as a user sees it.
 *
 * @param source  the file name, or {@code null} for an estimate built in code
 * @param line    1-based line in the file, or 0 when unknown
 * @param column  1-based column in the file, or 0 when unknown
 * @param path    the field's path, e.g. {@code breakdown.backend.items[2].quantity.pessimistic};
 *                empty for a problem with the file as a whole
 * @param message what is wrong, in plain words
 */
public record Problem(String source, int line, int column, String path, String message) {

    public Problem {
        Preconditions.checkNotNull(path, "path");
        Preconditions.checkNotNull(message, "message");
    }

    /** {@code file:line:column: path: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line).append(':').append(column);
            }
            text.append(": ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
