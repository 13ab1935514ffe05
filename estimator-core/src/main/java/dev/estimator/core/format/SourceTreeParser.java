package dev.estimator.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.estimator.core.validation.Finding;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses YAML or JSON into a tree while recording where each value starts, so that every
 * problem found later can name its line and column. Numbers are kept exact (BigDecimal), and a
 * key given twice in one mapping is reported rather than silently overwritten.
 */
final class SourceTreeParser {

    private static final JsonNodeFactory NODES = TreeValues.NODES;
    /**
     * How deep a file may nest. Reading is recursive (two frames a level), and a Java thread's
     * default stack (1 MiB) overflowed near Jackson's own limit of 1000 when the reader was called
     * from deep inside another program (a test runner); real estimates nest a few levels.
     */
    static final int MAX_DEPTH = 200;
    private static final com.fasterxml.jackson.core.StreamReadConstraints LIMITS =
            com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    /** NaN and Infinity are read as tokens only to be reported at their place, never as values. */
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final YAMLFactory YAML = yamlFactory();

    /** Standard YAML tags a file may carry; any other tag (!custom, !!python/...) is refused. */
    private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq", "timestamp");

    private static YAMLFactory yamlFactory() {
        // SnakeYAML refuses documents over 3 MiB of text by default; an estimate may be larger
        // (20,000 line items is about 6 MB). EstimateFiles caps the file size itself.
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
    }

    /** The file could not be parsed at all. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final java.util.regex.Pattern YAML_MARK =
            java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");
    /** SnakeYAML's "in 'reader', line 2, column 10: <excerpt> ^" parts: we print the place ourselves. */
    private static final java.util.regex.Pattern YAML_EXCERPT =
            java.util.regex.Pattern.compile("\\s*in 'reader', line \\d+, column \\d+:.*?\\^", java.util.regex.Pattern.DOTALL);

    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
            "close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]");
    private static final java.util.regex.Pattern JACKSON_NOTES = java.util.regex.Pattern.compile(
            "\\s*\\((?:[^()]|\\([^()]*\\))*?(?:REDACTED|Feature|\\[Source)(?:[^()]|\\([^()]*\\))*\\)");

    private final Map<String, SourceTree.Position> positions = new HashMap<>();
    private final TreeValues values = new TreeValues();
    private final java.util.List<Finding> findings = new java.util.ArrayList<>();
    /**
     * The pointers whose positions to keep, or {@code null} for every value's. Positions of every
     * value take several times the tree's memory (about 1 GB at 100,000 items); a file with
     * problems needs only those of its findings and their ancestors.
     */
    private final java.util.Set<String> wanted;
    private final boolean withPositions;

    private SourceTreeParser(boolean withPositions, java.util.Set<String> wanted) {
        this.withPositions = withPositions;
        this.wanted = wanted;
    }

    /** Problems found while parsing (duplicate keys, aliases, unknown tags), reported alongside the tree. */
    record Result(SourceTree tree, java.util.List<Finding> findings) {
    }

    static Result parse(String text, boolean json) throws SyntaxError {
        return parse(text, json, true);
    }

    /** As {@link #parse(String, boolean)}; without positions the tree's positions map is empty. */
    static Result parse(String text, boolean json, boolean withPositions) throws SyntaxError {
        return parse(text, json, withPositions, null);
    }

    /**
     * As {@link #parse(String, boolean, boolean)}; when the fast reader reads the text, each line
     * item's mapping is replaced by what {@code items} gives for it (see {@link BlockYamlReader}).
     */
    static Result parse(String text, boolean json, boolean withPositions,
                        java.util.function.UnaryOperator<JsonNode> items) throws SyntaxError {
        if (!json && !withPositions) {
            // Plain block YAML, as estimates are written, is read many times faster without SnakeYAML;
            // anything else, and every file with a problem in its syntax, goes to the full parser.
            JsonNode root = BlockYamlReader.read(text, new TreeValues(), items);
            if (root != null) {
                return new Result(new SourceTree(root, Map.of()), java.util.List.of());
            }
        }
        return parse(new SourceTreeParser(withPositions, null), text, json);
    }

    /**
     * As {@link #parse(String, boolean, boolean, java.util.function.UnaryOperator)} without
     * positions, for a file's content: a UTF-8 file goes to the fast reader as its bytes, and is
     * decoded into a text only when the full parser has to read it.
     */
    static Result parse(SourceText.Content content, boolean json, java.util.function.UnaryOperator<JsonNode> items)
            throws SyntaxError, SourceText.Unreadable {
        byte[] utf8 = content.utf8();
        if (!json && utf8 != null) {
            JsonNode root = BlockYamlReader.read(utf8, content.utf8Start(), new TreeValues(), items);
            if (root != null) {
                return new Result(new SourceTree(root, Map.of()), java.util.List.of());
            }
        }
        // Bytes the fast reader declined are not read by it again as a text.
        return utf8 == null ? parse(content.text(), json, false, items)
                : parse(new SourceTreeParser(false, null), content.text(), json);
    }

    /**
     * As {@link #parse(String, boolean)}, keeping only the positions of {@code pointers} and of
     * their ancestors: all that {@link SourceTree#positionOf} needs to place them.
     */
    static Result parse(String text, boolean json, java.util.Collection<String> pointers) throws SyntaxError {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String pointer : pointers) {
            for (String at = pointer; wanted.add(at) && !at.isEmpty(); ) {
                int slash = at.lastIndexOf('/');
                at = slash <= 0 ? "" : at.substring(0, slash);
            }
        }
        return parse(new SourceTreeParser(true, wanted), text, json);
    }

    private static Result parse(SourceTreeParser parser, String text, boolean json) throws SyntaxError {
        try (JsonParser tokens = (json ? JSON : YAML).createParser(text)) {
            JsonToken first = tokens.nextToken();
            if (first == null) {
                throw new SyntaxError("the file is empty: it holds no estimate", 0, 0);
            }
            JsonNode root = parser.value(tokens, "");
            if (tokens.nextToken() != null) {
                JsonLocation at = tokens.currentTokenLocation();
                throw new SyntaxError("the file holds more than one document; put one estimate in each file",
                        at.getLineNr(), at.getColumnNr());
            }
            return new Result(new SourceTree(root, Map.copyOf(parser.positions)), parser.findings);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            // SnakeYAML names the exact place of the problem last in its message ("line 3, column 1");
            // it is more precise than where the parser stopped.
            java.util.regex.Matcher mark = YAML_MARK.matcher(String.valueOf(e.getOriginalMessage()));
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
            throw new SyntaxError(plain(e), line, column);
        } catch (IOException e) {
            throw new SyntaxError("the file could not be read: " + e.getMessage(), 0, 0);
        }
    }

    private JsonNode value(JsonParser tokens, String pointer) throws IOException {
        if (withPositions && (wanted == null || wanted.contains(pointer))) {
            JsonLocation at = tokens.currentTokenLocation();
            positions.put(pointer, new SourceTree.Position(at.getLineNr(), at.getColumnNr()));
        }
        JsonToken token = tokens.currentToken();
        if (tokens instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                // Jackson hands an alias over as the anchor's name, which would silently become the value.
                findings.add(new Finding(pointer, "YAML aliases (*" + tokens.getText() + ") are not supported; "
                        + "write the value out in full"));
                return NODES.nullNode();
            }
            String tag = yaml.getTypeId();
            if (tag != null && !PLAIN_TAGS.contains(tag.replaceFirst("^tag:yaml\\.org,2002:", "").replaceFirst("^!!", ""))) {
                String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                        : tag.startsWith("!") || tag.contains(":") ? tag : "!" + tag;
                findings.add(new Finding(pointer, "the YAML tag " + shown + " is not supported; remove it"));
            }
        }
        return switch (token) {
            case START_OBJECT -> object(tokens, pointer);
            case START_ARRAY -> array(tokens, pointer);
            case VALUE_STRING -> values.text(tokens.getText());
            case VALUE_NUMBER_INT -> values.number(tokens.getDecimalValue());
            case VALUE_NUMBER_FLOAT -> notANumber(tokens.getText()) ? nonNumeric(tokens.getText(), pointer)
                    : values.number(tokens.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> new SpelledBoolean(token == JsonToken.VALUE_TRUE, tokens.getText());
            case VALUE_NULL -> NODES.nullNode();
            default -> values.text(tokens.getText());
        };
    }

    /** NaN, Infinity and YAML's .nan and .inf: floating-point specials, not amounts. */
    private static boolean notANumber(String text) {
        String plain = text.trim().replaceFirst("^[-+]", "").toLowerCase(java.util.Locale.ROOT);
        return plain.equals("nan") || plain.equals(".nan") || plain.equals("infinity") || plain.equals(".inf")
                || plain.equals("inf");
    }

    private JsonNode nonNumeric(String text, String pointer) {
        findings.add(new Finding(pointer, text.trim() + " means 'not a number' or 'infinite', which no figure in an"
                + " estimate can be; write a number such as 1200 (or put text in quotes)"));
        return NODES.nullNode();
    }

    private ObjectNode object(JsonParser tokens, String pointer) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (tokens.nextToken() == JsonToken.FIELD_NAME) {
            String name = values.name(tokens.currentName());
            String child = pointer + "/" + escape(name);
            if (node.has(name)) {
                JsonLocation at = tokens.currentTokenLocation();
                positions.put(child + "#duplicate", new SourceTree.Position(at.getLineNr(), at.getColumnNr()));
                findings.add(new Finding(child + "#duplicate",
                        "'" + name + "' is given twice here; only one value can count"));
            }
            tokens.nextToken();
            node.set(name, value(tokens, child));
        }
        return node;
    }

    private ArrayNode array(JsonParser tokens, String pointer) throws IOException {
        ArrayNode node = NODES.arrayNode();
        while (tokens.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(tokens, pointer + "/" + node.size()));
        }
        return node;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Jackson's message without its source excerpt and location suffix, which we print ourselves. */
    private static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "the file is not valid YAML or JSON";
        }
        if (message.contains("nesting depth")) {
            return "the file nests deeper than " + MAX_DEPTH + " levels; an estimate's groups cannot be that deep";
        }
        java.util.regex.Matcher open = UNCLOSED.matcher(message);
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early" + (open.find() ? ": the " + ("Array".equals(open.group(1)) ? "[" : "{")
                    + " opened at line " + open.group(2) + ", column " + open.group(3) + " is never closed" : "")
                    + "; is the file cut short? Save it again in full";
        }
        // Jackson's hints name its own settings ("StreamReadFeature...", "[Source: REDACTED ...]"): not for users.
        message = JACKSON_NOTES.matcher(message).replaceAll("");
        message = YAML_EXCERPT.matcher(message).replaceAll(";").replaceAll("\\s+", " ")
                .replaceAll("\\s*;\\s*$", "").replaceAll("\\s*;\\s*", "; ").trim();
        return "the file is not valid YAML or JSON: " + message;
    }

    /**
     * A boolean that remembers how the file spelled it. YAML 1.1 reads {@code yes}, {@code No} or
     * {@code on} as booleans; where a text is expected (a title, a name) the user meant the word.
     */
    static final class SpelledBoolean extends com.fasterxml.jackson.databind.node.BooleanNode {
        private static final long serialVersionUID = 1L;
        private final String spelling;

        SpelledBoolean(boolean value, String spelling) {
            super(value);
            this.spelling = spelling;
        }

        @Override
        public String asText() {
            return spelling;
        }
    }
}
