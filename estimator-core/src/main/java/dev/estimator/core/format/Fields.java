package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estimator.core.model.Named;
import dev.estimator.core.validation.Finding;
import dev.estimator.core.validation.TextCharacters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of one mapping in an estimate file, noting every problem (wrong type, unknown
 * choice, unknown field) as a {@link Finding} instead of stopping at the first. A field that
 * cannot be read becomes {@code null}, and its pointer is remembered so that validation does not
 * report the same field a second time as missing.
 */
final class Fields {

    /** The longest text a field may hold: far beyond any real paragraph, well within a spreadsheet cell. */
    static final int MAX_TEXT_LENGTH = 20_000;

    private final JsonNode node;
    /** Where this mapping is, spelled out only when a problem needs it: from the parent, its field and index. */
    private String pointer;
    private final Fields parent;
    private final String field;
    private final int index;
    private final Decoding decoding;
    /**
     * The names read, in order (a name read twice is listed twice, harmlessly). A list, not a
     * set: a mapping has a few fields, and a 100,000-item file makes some 300,000 of these.
     */
    private final List<String> read = new ArrayList<>(12);

    /** What one decoding run shares: its findings and the pointers already reported. */
    static final class Decoding {
        final List<Finding> findings = new ArrayList<>();
        final Set<String> reported = new java.util.HashSet<>();
        /** Whether a list lost an element, so model indexes no longer match the file's. */
        boolean skippedElements;
        /**
         * Long texts already found fine, by identity: the reader gives equal texts one instance,
         * and a large estimate repeats its justifications thousands of times.
         */
        final Set<String> fineTexts;

        Decoding() {
            this(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }

        private Decoding(Set<String> fineTexts) {
            this.fineTexts = fineTexts;
        }

        /** A decoding with findings of its own that shares this one's texts already found fine. */
        Decoding sharingTexts() {
            return new Decoding(fineTexts);
        }

        void report(String pointer, String message) {
            findings.add(new Finding(pointer, message));
            reported.add(pointer);
        }
    }

    Fields(JsonNode node, String pointer, Decoding decoding) {
        this(node, null, null, -1, decoding);
        this.pointer = pointer;
    }

    /** The mapping {@code node} at {@code field} (and {@code index}, when not -1) of {@code parent}. */
    private Fields(JsonNode node, Fields parent, String field, int index, Decoding decoding) {
        this.node = node;
        this.parent = parent;
        this.field = field;
        this.index = index;
        this.decoding = decoding;
    }

    String pointer() {
        if (pointer == null) {
            pointer = parent.pointer(field) + (index < 0 ? "" : "/" + index);
        }
        return pointer;
    }

    String pointer(String name) {
        return pointer() + "/" + SourceTreeParser.escape(name);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode raw(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        // A key with nothing after it ("exclusions:") reads as an empty text in YAML: it means absent.
        return value == null || value.isNull() || value.isTextual() && value.asText().isEmpty() ? null : value;
    }

    String text(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        String problem = textProblem(value, decoding);
        if (problem == null) {
            return value.asText();
        }
        decoding.report(pointer(name), problem);
        return null;
    }

    /** As {@link #textProblem(JsonNode)}, checking a long text seen before only once. */
    private static String textProblem(JsonNode value, Decoding decoding) {
        if (value.isTextual() && value.textValue().length() > 32) {
            String text = value.textValue();
            if (decoding.fineTexts.contains(text)) {
                return null;
            }
            String problem = textProblem(value);
            if (problem == null) {
                decoding.fineTexts.add(text);
            }
            return problem;
        }
        return textProblem(value);
    }

    /**
     * Why {@code value} is not a text the documents can hold, or {@code null} when it is. A number
     * is not a text (the schema says so too); a YAML yes/no is, as YAML 1.2 and editors read it.
     */
    private static String textProblem(JsonNode value) {
        if (value.isNumber()) {
            String number = value.decimalValue().toPlainString();
            return "expected text, found the number " + number + "; put it in quotes (\"" + number
                    + "\") if it is meant as text";
        }
        if (!value.isValueNode() || value.isNull()) {
            return "expected text, found " + describe(value);
        }
        String text = value.asText();
        if (text.length() > MAX_TEXT_LENGTH) {
            return "a text of " + text.length() + " characters is too long; keep it under "
                    + MAX_TEXT_LENGTH + " (a spreadsheet cell holds at most 32,767)";
        }
        return TextCharacters.problem(text);
    }

    BigDecimal decimal(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            String problem = NumberLimits.problem(value.decimalValue());
            if (problem == null) {
                return value.decimalValue();
            }
            decoding.report(pointer(name), problem);
            return null;
        }
        if (value.isTextual() && NumberLimits.looksNumeric(value.asText())) {
            decoding.report(pointer(name), "expected a number, found the text '" + value.asText()
                    + "'; remove the quotes");
            return null;
        }
        wrong(name, "a number");
        return null;
    }

    Integer integer(String name) {
        BigDecimal value = decimal(name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            decoding.report(pointer(name), "expected a whole number, found " + value.toPlainString());
            return null;
        }
    }

    boolean bool(String name, boolean absent) {
        JsonNode value = raw(name);
        if (value == null) {
            return absent;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        wrong(name, "true or false");
        return absent;
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            boolean wellFormed = value.trim().matches("\\d{4}-\\d{2}-\\d{2}");
            decoding.report(pointer(name), wellFormed
                    ? "'" + value + "' is not a date in the calendar"
                    : "expected a date written as YYYY-MM-DD, found '" + value + "'");
            return null;
        }
    }

    <E extends Enum<E> & Named> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        E choice = Named.parse(type, value);
        if (choice == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).filter(Named::writable).map(Named::fileName)
                    .collect(Collectors.joining(", "));
            decoding.report(pointer(name), "'" + value + "' is not one of: " + allowed);
        }
        return choice;
    }

    /** The nested mapping {@code name}, or {@code null} when absent (or not a mapping, which is reported). */
    Fields object(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            wrong(name, "a mapping of fields");
            return null;
        }
        return new Fields(value, this, name, -1, decoding);
    }

    <T> T object(String name, Function<Fields, T> reader) {
        Fields fields = object(name);
        if (fields == null) {
            return null;
        }
        T result = reader.apply(fields);
        fields.done();
        return result;
    }

    /** The list {@code name}, each element a mapping read by {@code reader}; empty when absent. */
    <T> List<T> list(String name, Function<Fields, T> reader) {
        return list(name, null, reader);
    }

    /**
     * As {@link #list(String, Function)}, where an element may also be a {@code decoded} value the
     * reader made as it read the file (a tree node holding it): taken as it is.
     */
    <T> List<T> list(String name, Class<T> decoded, Function<Fields, T> reader) {
        JsonNode value = raw(name);
        List<T> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            wrong(name, "a list");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = decoded == null ? value.get(i) : ItemsAsRead.resolve(value.get(i));
            if (decoded != null && element instanceof com.fasterxml.jackson.databind.node.POJONode held
                    && decoded.isInstance(held.getPojo())) {
                out.add(decoded.cast(held.getPojo()));
                continue;
            }
            if (!element.isObject()) {
                decoding.report(pointer(name) + "/" + i, "expected a mapping of fields, found " + describe(element));
                decoding.skippedElements = true;
                continue;
            }
            Fields fields = new Fields(element, this, name, i, decoding);
            T result = reader.apply(fields);
            fields.done();
            if (result == null) {
                decoding.skippedElements = true;
            } else {
                out.add(result);
            }
        }
        return out;
    }

    /** The list of texts {@code name} (a single text is accepted as a list of one); empty when absent. */
    List<String> texts(String name) {
        JsonNode value = raw(name);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isValueNode()) {
            String problem = textProblem(value, decoding);
            if (problem == null) {
                out.add(value.asText());
            } else {
                decoding.report(pointer(name), problem);
            }
            return out;
        }
        if (!value.isArray()) {
            wrong(name, "a list of texts");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String problem = textProblem(element, decoding);
            if (problem == null) {
                out.add(element.asText());
            } else {
                decoding.report(pointer(name) + "/" + i, problem);
            }
        }
        return out;
    }

    void report(String name, String message) {
        decoding.report(name == null ? pointer() : pointer(name), message);
    }

    /** Reports every field of this mapping that no one read: a typo, or a field of another format. */
    void done() {
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                String suggestion = closest(name, read);
                decoding.report(pointer(name), "unknown field '" + name + "'"
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            }
        });
    }

    private void wrong(String name, String expected) {
        decoding.report(pointer(name), "expected " + expected + ", found " + describe(node.get(name)));
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return "the number " + value.decimalValue().toPlainString();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return "'" + value.asText() + "'";
    }

    private static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
