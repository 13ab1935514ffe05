package dev.estimator.core.paths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import java.util.List;

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

    /**
     * Paths for an estimate built in code. Only group ids name path segments, so a skeleton of the
     * breakdown's groups is enough; this keeps validation independent of the file format.
     */
    public static FieldPaths of(Estimate estimate) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("breakdown", skeleton(estimate.breakdown()));
        return new FieldPaths(root);
    }

    private static ArrayNode skeleton(List<Group> groups) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Group group : groups) {
            ObjectNode node = array.addObject();
            if (group != null) {
                node.put("id", group.id());
                node.set("groups", skeleton(group.groups()));
            }
        }
        return array;
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
