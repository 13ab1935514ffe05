package dev.estimator.core.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a JSON Pointer into the path a user reads: {@code /breakdown/1/items/2/quantity/pessimistic}
 * becomes {@code breakdown.backend.items[2].quantity.pessimistic}, naming groups by their id.
 */
public final class FieldPaths {

    private final JsonNode root;

    private FieldPaths(JsonNode root) {
        this.root = root;
    }

    public static FieldPaths of(JsonNode root) {
        return new FieldPaths(root);
    }

    public String display(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        String clean = pointer.replace("#duplicate", "");
        StringBuilder path = new StringBuilder();
        JsonNode node = root;
        String previous = null;
        for (String raw : clean.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            boolean index = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
            JsonNode child = node == null ? null
                    : index && node.isArray() ? node.get(Integer.parseInt(segment)) : node.get(segment);
            if (index) {
                boolean group = "breakdown".equals(previous) || "groups".equals(previous);
                JsonNode id = child == null ? null : child.get("id");
                if (group && id != null && id.isTextual() && !id.asText().isBlank()) {
                    path.append('.').append(id.asText());
                } else {
                    path.append('[').append(segment).append(']');
                }
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment);
            }
            node = child;
            previous = segment;
        }
        return path.toString();
    }
}
