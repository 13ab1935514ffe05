package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the nodes of one parsed file, giving equal texts, names and numbers one shared instance.
 * A large estimate repeats itself (100,000 items with the same justification text, the same
 * field names and figures): each repeat would otherwise be its own copy in the tree and then in
 * the model, which kept about 190 MB of text alive for a 100,000-item file.
 */
final class TreeValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, JsonNode> texts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<BigDecimal, JsonNode> numbers = new HashMap<>();

    ObjectNode objectNode() {
        return NODES.objectNode();
    }

    ArrayNode arrayNode() {
        return NODES.arrayNode();
    }

    JsonNode nullNode() {
        return NODES.nullNode();
    }

    /** The text node for {@code text}; text nodes are immutable, so one serves every equal text. */
    JsonNode text(String text) {
        return texts.computeIfAbsent(text, NODES::textNode);
    }

    String name(String name) {
        String shared = names.putIfAbsent(name, name);
        return shared == null ? name : shared;
    }

    /** The number node for {@code value}; equal only with the same scale (4 and 4.0 stay apart, as written). */
    JsonNode number(BigDecimal value) {
        return numbers.computeIfAbsent(value, NODES::numberNode);
    }

    JsonNode number(String plain) {
        return number(new BigDecimal(plain));
    }

    JsonNode bool(boolean value, String spelling) {
        return new SourceTreeParser.SpelledBoolean(value, spelling);
    }
}
