package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed file: its tree, and where in the file each value starts (by JSON Pointer).
 */
record SourceTree(JsonNode root, Map<String, Position> positions) {

    /** 1-based line and column. */
    record Position(int line, int column) {
    }

    /** The position of the value at {@code pointer}, or of its nearest ancestor that has one. */
    Position positionOf(String pointer) {
        String current = pointer;
        while (true) {
            Position position = positions.get(current);
            if (position != null || current.isEmpty()) {
                return position;
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "" : current.substring(0, slash);
        }
    }
}
