package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.concurrent.Futures;

/**
 * A fast reader for the plain block-style YAML that estimate files are written in: mappings and
 * lists by indentation, {@code {a: 1}} and {@code [A1, A2]} on one line, one-line plain and quoted
 * texts, and {@code |}, {@code |-}, {@code >}, {@code >-} blocks. SnakeYAML reads 56 MiB of such
 * YAML in several seconds; this reads it in a fraction of that.
 *
 * <p>It gives up (returns {@code null}) on anything outside that subset or anything it is not
 * sure of: tabs, carriage returns, control characters, anchors and aliases, tags, directives,
 * several documents, a key given twice, a text over several lines, a plain word whose YAML type
 * is doubtful ({@code 1e3}, {@code 0x1F}, {@code Yes} in odd case), deep nesting. The caller then
 * reads the file with the full parser, which also finds and words every problem; so this reader
 * never has to report one. When it does answer, its tree is the one the full parser builds (a
 * test compares the two on every sample, template, test file and random files).
 */
final class BlockYamlReader {

    /** Not in the subset: read with the full parser. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();
    /** Well within {@link SourceTreeParser#MAX_DEPTH}: deeper files go to the full parser, which refuses them. */
    private static final int MAX_DEPTH = 64;

    /** The file's text in UTF-8; structure is all ASCII, so it is read byte by byte, texts decoded as taken. */
    private final byte[] s;
    private final int n;
    private final TreeValues values;
    /** What each line item's mapping is replaced with as soon as it is read, or {@code null} to keep it. */
    private final java.util.function.UnaryOperator<JsonNode> items;
    /** Start of the line being looked at. */
    private int line;

    private BlockYamlReader(byte[] utf8, TreeValues values, java.util.function.UnaryOperator<JsonNode> items) {
        this.s = utf8;
        this.n = utf8.length;
        this.values = values;
        this.items = items;
    }

    /**
     * Where a block mapping or list stands in an estimate file, as far as the {@code items} hook of
     * {@link #read(String, TreeValues, java.util.function.UnaryOperator)} needs to know: the
     * breakdown's groups, at any depth, and their line items.
     */
    private enum Role {
        ROOT, GROUPS, GROUP, ITEMS, ITEM, OTHER;

        /** The role of the value of {@code key} in a mapping of this role. */
        Role ofValue(String key) {
            return this == ROOT && key.equals("breakdown") || this == GROUP && key.equals("groups") ? GROUPS
                    : this == GROUP && key.equals("items") ? ITEMS : OTHER;
        }

        /** The role of an element of a list of this role. */
        Role element() {
            return this == GROUPS ? GROUP : this == ITEMS ? ITEM : OTHER;
        }
    }

    /** The tree of {@code text}, or {@code null} when the text is not plain block YAML. */
    static JsonNode read(String text, TreeValues values) {
        return read(text, values, null);
    }

    /**
     * As {@link #read(String, TreeValues)}, passing each line item's mapping (an element of a
     * group's {@code items} block list, in {@code breakdown} or its subgroups) to {@code items} as
     * soon as it is read and keeping what that gives instead: a large estimate's items need not
     * all be held as a tree at once.
     */
    static JsonNode read(String text, TreeValues values, java.util.function.UnaryOperator<JsonNode> items) {
        byte[] utf8 = Utf8.encode(text);
        return utf8 == null ? null : read(utf8, 0, values, items);
    }

    /**
     * As {@link #read(String, TreeValues, java.util.function.UnaryOperator)}, for a file's bytes
     * from {@code start} (past a byte-order mark), without decoding the whole file into one text:
     * a 59 MB file with a single euro sign in it would be a 118 MB string (Java keeps a text one
     * byte a character only when every character fits). Bytes that are not well-formed UTF-8 are
     * not plain either: the caller then decodes them strictly, which names the bad byte.
     */
    static JsonNode read(byte[] utf8, int start, TreeValues values, java.util.function.UnaryOperator<JsonNode> items) {
        // In a large file the characters are checked on a second thread while the reader goes on
        // (a pass over 59 million bytes); the tree read meanwhile counts only if they pass.
        java.util.concurrent.CompletableFuture<Boolean> plain = null;
        if (utf8.length - start >= EstimateFiles.CONCURRENT_FROM) {
            plain = Futures.onOwnThread("estimator-character-check", () -> Utf8.plain(utf8, start, utf8.length));
        } else if (!Utf8.plain(utf8, start, utf8.length)) {
            return null;
        }
        BlockYamlReader reader = new BlockYamlReader(utf8, values, items);
        JsonNode root;
        try {
            root = reader.document(start);
        } catch (NotPlain | RuntimeException e) {
            // A RuntimeException here is a case this reader did not foresee: the full parser decides.
            root = null;
        }
        // An Error on the check's thread (running out of memory) is thrown here, as on this thread.
        return plain == null || root == null || Futures.joined(plain) ? root : null;
    }

    private JsonNode document(int start) throws NotPlain {
        line = start;
        skipBlankLines();
        if (line >= n || indentAt(line) != 0 || startsWith("---", line) || startsWith("...", line)
                || at(line) == '%' || at(line) == '-') {
            throw NOT_PLAIN;
        }
        JsonNode root = mapping(0, line, 1, Role.ROOT);
        skipBlankLines();
        if (line < n) {
            throw NOT_PLAIN;
        }
        return root;
    }

    // ---- bytes

    /** The byte at {@code i} as a character: itself for ASCII, 0x80 to 0xFF for a byte of a longer character. */
    private char at(int i) {
        return (char) (s[i] & 0xFF);
    }

    /** The text of bytes {@code from} to {@code to}. */
    private String text(int from, int to) {
        return new String(s, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where {@code c} (ASCII) first stands from {@code from} on, before {@code to}; -1 if nowhere. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Where the two ASCII characters {@code pair} first stand from {@code from} on, ending by {@code to}; -1 if nowhere. */
    private int indexOf(String pair, int from, int to) {
        byte first = (byte) pair.charAt(0);
        byte second = (byte) pair.charAt(1);
        for (int i = from; i + 1 < to; i++) {
            if (s[i] == first && s[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > n) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (s[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether bytes {@code from} to {@code to} are those {@code length} bytes at {@code other}. */
    private boolean same(int from, int to, int other, int length) {
        return to - from == length && java.util.Arrays.equals(s, from, to, s, other, other + length);
    }

    // ---- lines

    private int indentAt(int start) {
        if (start == lastIndentStart) {
            return lastIndent; // a line's indentation is asked for several times as it is read
        }
        int i = start;
        while (i < n && at(i) == ' ') {
            i++;
        }
        lastIndentStart = start;
        lastIndent = i - start;
        return lastIndent;
    }

    /** Where {@link #indentAt} looked last, and what it found. */
    private int lastIndentStart = -1;
    private int lastIndent;

    private int lineEnd(int from) {
        int end = indexOf('\n', from, n);
        return end < 0 ? n : end;
    }

    private int nextLine(int from) {
        int end = indexOf('\n', from, n);
        return end < 0 ? n : end + 1;
    }

    /** Moves {@link #line} past empty lines, lines of spaces and comment lines. */
    private void skipBlankLines() {
        while (line < n) {
            int i = line + indentAt(line);
            if (i < n && at(i) != '\n' && at(i) != '#') {
                return;
            }
            line = nextLine(line);
        }
    }

    /** Whether only spaces and perhaps a comment follow {@code from} on its line. */
    private boolean restIsEmpty(int from) {
        int i = from;
        while (i < n && at(i) == ' ') {
            i++;
        }
        if (i >= n || at(i) == '\n') {
            return true;
        }
        return at(i) == '#' && i > from;
    }

    // ---- block structures

    /**
     * A block mapping whose keys stand at column {@code indent}; its first key starts at
     * {@code first}, which may be mid-line (after "- ").
     */
    private JsonNode mapping(int indent, int first, int depth, Role role) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        ObjectNode node = values.objectNode();
        int at = first;
        while (true) {
            int keyEnd = keyEnd(at);
            String key = name(at, keyEnd);
            if (node.has(key)) {
                throw NOT_PLAIN; // the full parser reports it
            }
            node.set(key, mappingValue(indent, keyEnd + 1, depth, role.ofValue(key)));
            at = nextEntry(indent);
            if (at < 0 || isDash(at)) {
                // the mapping ends (an indentless list ends here; the caller decides)
                return role == Role.ITEM && items != null ? items.apply(node) : node;
            }
        }
    }

    /**
     * Where the next entry of a structure at column {@code indent} starts, or -1 when the structure
     * ends there (a shorter line, or the end of the text); a deeper line is not plain.
     */
    private int nextEntry(int indent) throws NotPlain {
        skipBlankLines();
        if (line >= n) {
            return -1;
        }
        int next = indentAt(line);
        if (next > indent) {
            throw NOT_PLAIN;
        }
        return next < indent ? -1 : line + next;
    }

    /** Whether a list entry's dash stands at {@code at}. */
    private boolean isDash(int at) {
        return at(at) == '-' && (at + 1 >= n || at(at + 1) == ' ' || at(at + 1) == '\n');
    }

    /** The end of a plain key at {@code at} (the position of its colon), or not plain. */
    private int keyEnd(int at) throws NotPlain {
        int i = at;
        if (i >= n || !isLetter(at(i))) {
            throw NOT_PLAIN;
        }
        while (i < n && isKeyChar(at(i))) {
            i++;
        }
        if (i >= n || at(i) != ':' || i + 1 < n && at(i + 1) != ' ' && at(i + 1) != '\n') {
            throw NOT_PLAIN;
        }
        return i;
    }

    /** A key from {@code from} to {@code to} that YAML 1.1 would read as a boolean or null ({@code on:}) is not plain. */
    private void checkKey(int from, int to) throws NotPlain {
        if (to - from <= 8 && "yYnNtTfFoOiI".indexOf(at(from)) >= 0
                && SPECIAL_WORDS.contains(text(from, to).toLowerCase(java.util.Locale.ROOT))) {
            throw NOT_PLAIN; // every special word is short and starts with one of these letters
        }
    }

    /**
     * The last text seen in each of a few slots, by the hash of its bytes, and where it was seen: a
     * file repeats its keys and short values (category, unit, role, ids of assumptions) thousands
     * of times, and a repeat found here costs no decoding. Only ever gives an equal text, so it
     * changes nothing read.
     */
    private final String[] recentNames = new String[RECENT];
    private final int[] recentNameAt = new int[RECENT];
    private final JsonNode[] recentPlainNodes = new JsonNode[RECENT];
    private final int[] recentPlainAt = new int[RECENT];
    private final int[] recentPlainLength = new int[RECENT];
    private final JsonNode[] recentFlowPlainNodes = new JsonNode[RECENT];
    private final int[] recentFlowPlainAt = new int[RECENT];
    private final int[] recentFlowPlainLength = new int[RECENT];
    private static final int RECENT = 512;

    private int slot(int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + s[k];
        }
        return (h ^ h >>> 16) & (RECENT - 1);
    }

    /** The key from {@code from} to {@code to}, one instance per name; a key seen recently was checked then. */
    private String name(int from, int to) throws NotPlain {
        int slot = slot(from, to);
        String recent = recentNames[slot];
        if (recent != null && same(from, to, recentNameAt[slot], recent.length())) {
            return recent; // a key is ASCII: its length in bytes is its length
        }
        checkKey(from, to);
        String name = values.name(text(from, to));
        recentNames[slot] = name;
        recentNameAt[slot] = from;
        return name;
    }

    /** The node of the plain value from {@code from} to {@code to} in a block (not a flow), as {@link #plainScalar} reads it. */
    private JsonNode plainInBlock(int from, int to) throws NotPlain {
        int slot = slot(from, to);
        JsonNode recent = recentPlainNodes[slot];
        if (recent != null && same(from, to, recentPlainAt[slot], recentPlainLength[slot])) {
            return recent; // the same text reads as the same (immutable) node
        }
        String plain = text(from, to);
        if (plain.contains(": ") || plain.endsWith(":")) {
            throw NOT_PLAIN;
        }
        JsonNode value = plainScalar(plain, false);
        recentPlainNodes[slot] = value;
        recentPlainAt[slot] = from;
        recentPlainLength[slot] = to - from;
        return value;
    }

    /** As {@link #plainInBlock}, for a plain value in a flow ({@code 3} in {@code {optimistic: 3, ...}}). */
    private JsonNode plainInFlow(int from, int to) throws NotPlain {
        int slot = slot(from, to);
        JsonNode recent = recentFlowPlainNodes[slot];
        if (recent != null && same(from, to, recentFlowPlainAt[slot], recentFlowPlainLength[slot])) {
            return recent;
        }
        JsonNode value = plainScalar(text(from, to), true);
        recentFlowPlainNodes[slot] = value;
        recentFlowPlainAt[slot] = from;
        recentFlowPlainLength[slot] = to - from;
        return value;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isKeyChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The value after a key's colon at {@code from}, in a mapping at {@code indent}. */
    private JsonNode mappingValue(int indent, int from, int depth, Role role) throws NotPlain {
        int i = skipSpaces(from);
        if (restIsEmpty(from)) {
            line = nextLine(from);
            skipBlankLines();
            if (line >= n) {
                return values.text(""); // as Jackson's YAML reader gives a key with nothing after it
            }
            int next = indentAt(line);
            if (next > indent || next == indent && isDash(line + next)) {
                return block(next, depth + 1, role);
            }
            return values.text("");
        }
        if (i == from) {
            throw NOT_PLAIN;
        }
        return inline(i, indent, depth);
    }

    /** A block node (mapping or list) whose first line starts {@link #line} at column {@code indent}. */
    private JsonNode block(int indent, int depth, Role role) throws NotPlain {
        int at = line + indent;
        // A role that does not fit the node's kind (a mapping where groups are listed) counts as OTHER.
        return isDash(at) ? sequence(indent, depth, role) : mapping(indent, at, depth, role);
    }

    /** A block list whose dashes stand at column {@code indent}, starting on {@link #line}. */
    private ArrayNode sequence(int indent, int depth, Role role) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        ArrayNode node = values.arrayNode();
        while (true) {
            int dash = line + indent;
            int after = dash + 1;
            if (restIsEmpty(after)) {
                line = nextLine(after);
                skipBlankLines();
                int next = line < n ? indentAt(line) : -1;
                if (next > indent) {
                    node.add(block(next, depth + 1, role.element()));
                } else {
                    node.add(values.text(""));
                }
            } else {
                int i = skipSpaces(after);
                if (at(after) != ' ') {
                    throw NOT_PLAIN;
                }
                if (startsKey(i)) {
                    node.add(mapping(i - line, i, depth + 1, role.element()));
                } else {
                    node.add(inline(i, indent, depth));
                }
            }
            int at = nextEntry(indent);
            if (at < 0 || !isDash(at)) {
                return node; // the list ends (an indentless list inside a mapping: the mapping goes on)
            }
        }
    }

    /** Whether a plain key and its colon start at {@code i} ({@code - id: X1}). */
    private boolean startsKey(int i) {
        int j = i;
        while (j < n && isKeyChar(at(j))) {
            j++;
        }
        if (j < n && at(j) == ':' && (j + 1 >= n || at(j + 1) == ' ' || at(j + 1) == '\n')) {
            return true;
        }
        // Anything else with ": " in it would be a key too, but not a plain one.
        int end = lineEnd(i);
        int colon = indexOf(": ", i, end);
        char c = at(i);
        return colon >= 0 && c != '"' && c != '\'' && c != '[' && c != '{' && indexOf(" #", i, colon) < 0;
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < n && at(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- values on one line

    /**
     * A value that starts at {@code i} on the current line, in a structure at {@code indent};
     * leaves {@link #line} at the line after it.
     */
    private JsonNode inline(int i, int indent, int depth) throws NotPlain {
        char c = at(i);
        JsonNode value;
        int end;
        switch (c) {
            case '"' -> {
                end = doubleQuoted(i);
                value = values.text(unescape(i + 1, end - 1));
            }
            case '\'' -> {
                end = singleQuoted(i);
                value = values.text(text(i + 1, end - 1).replace("''", "'"));
            }
            case '{', '[' -> {
                int[] cursor = {i};
                value = flow(cursor, indent, depth + 1);
                end = cursor[0];
            }
            case '|', '>' -> {
                return blockScalar(i, indent);
            }
            default -> {
                int stop = lineEnd(i);
                int hash = indexOf(" #", i, stop);
                if (hash >= 0) {
                    stop = hash;
                }
                while (stop > i && at(stop - 1) == ' ') {
                    stop--;
                }
                value = plainInBlock(i, stop);
                end = stop;
            }
        }
        if (!restIsEmpty(end)) {
            throw NOT_PLAIN;
        }
        line = nextLine(end);
        // A more indented line after a one-line value would continue it (or be an error): not plain.
        skipBlankLines();
        if (line < n && indentAt(line) > indent) {
            throw NOT_PLAIN;
        }
        return value;
    }

    /** The position after the closing quote of a double-quoted text at {@code i}, on one line. */
    private int doubleQuoted(int i) throws NotPlain {
        int j = i + 1;
        while (j < n) {
            char c = at(j);
            if (c == '\n') {
                throw NOT_PLAIN;
            }
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '"') {
                return j + 1;
            }
            j++;
        }
        throw NOT_PLAIN;
    }

    private String unescape(int from, int to) throws NotPlain {
        String raw = text(from, to);
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int j = 0, end = raw.length(); j < end; j++) {
            char c = raw.charAt(j);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++j);
            switch (e) {
                case '\\', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (j + 4 >= end) {
                        throw NOT_PLAIN;
                    }
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int digit = Character.digit(raw.charAt(j + k), 16);
                        if (digit < 0) {
                            throw NOT_PLAIN;
                        }
                        code = code * 16 + digit;
                    }
                    if (code < 0x20 || Character.isSurrogate((char) code) || code >= 0x7F && code <= 0x9F) {
                        throw NOT_PLAIN;
                    }
                    out.append((char) code);
                    j += 4;
                }
                default -> throw NOT_PLAIN;
            }
        }
        return out.toString();
    }

    private int singleQuoted(int i) throws NotPlain {
        int j = i + 1;
        while (j < n) {
            char c = at(j);
            if (c == '\n') {
                throw NOT_PLAIN;
            }
            if (c == '\'') {
                if (j + 1 < n && at(j + 1) == '\'') {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        throw NOT_PLAIN;
    }

    /** A {@code {...}} or {@code [...]} (lines broken only after a comma) starting at {@code cursor[0]}; moves the cursor past it. */
    private JsonNode flow(int[] cursor, int indent, int depth) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        int i = cursor[0];
        boolean map = at(i) == '{';
        char close = map ? '}' : ']';
        ObjectNode object = map ? values.objectNode() : null;
        ArrayNode array = map ? null : values.arrayNode();
        i = skipSpaces(i + 1);
        if (i < n && at(i) == close) {
            cursor[0] = i + 1;
            return map ? object : array;
        }
        while (true) {
            String key = null;
            if (map) {
                int keyEnd = keyEnd(i);
                checkKey(i, keyEnd);
                key = values.name(text(i, keyEnd));
                if (object.has(key) || keyEnd + 1 >= n || at(keyEnd + 1) != ' ') {
                    throw NOT_PLAIN;
                }
                i = skipSpaces(keyEnd + 1);
            }
            JsonNode value;
            char c = i < n ? at(i) : '\n';
            if (c == '"') {
                int end = doubleQuoted(i);
                value = values.text(unescape(i + 1, end - 1));
                i = end;
            } else if (c == '\'') {
                int end = singleQuoted(i);
                value = values.text(text(i + 1, end - 1).replace("''", "'"));
                i = end;
            } else if (c == '{' || c == '[') {
                int[] inner = {i};
                value = flow(inner, indent, depth + 1);
                i = inner[0];
            } else {
                int j = i;
                while (j < n && ",[]{}#\n:".indexOf(at(j)) < 0) {
                    j++;
                }
                int stop = j;
                while (stop > i && at(stop - 1) == ' ') {
                    stop--;
                }
                if (stop == i || j >= n || at(j) != ',' && at(j) != close) {
                    throw NOT_PLAIN;
                }
                value = plainInFlow(i, stop);
                i = j;
            }
            if (map) {
                object.set(key, value);
            } else {
                array.add(value);
            }
            i = skipSpaces(i);
            if (i >= n) {
                throw NOT_PLAIN;
            }
            if (at(i) == close) {
                cursor[0] = i + 1;
                return map ? object : array;
            }
            if (at(i) != ',') {
                throw NOT_PLAIN;
            }
            i = skipSpaces(i + 1);
            if (i < n && at(i) == '\n') {
                // A long list or mapping goes on on the next line, after a comma, indented deeper.
                int next = i + 1;
                int spaces = indentAt(next);
                i = next + spaces;
                if (spaces <= indent || i >= n || at(i) == '\n' || at(i) == '#') {
                    throw NOT_PLAIN;
                }
            }
            if (i >= n || at(i) == close || at(i) == ',') {
                throw NOT_PLAIN;
            }
        }
    }

    // ---- block texts

    /** A {@code |}, {@code |-}, {@code >} or {@code >-} text whose indicator is at {@code i}. */
    private JsonNode blockScalar(int i, int indent) throws NotPlain {
        boolean literal = at(i) == '|';
        int j = i + 1;
        boolean strip = j < n && at(j) == '-';
        if (strip) {
            j++;
        }
        if (!restIsEmpty(j) || j < n && at(j) != ' ' && at(j) != '\n') {
            throw NOT_PLAIN; // +, an indentation indicator, or something else after the indicator
        }
        int body = nextLine(j);
        if (body >= n || at(body - 1) != '\n') {
            throw NOT_PLAIN;
        }
        // The first line with text sets the indentation; empty lines before it must be shorter.
        int first = body;
        int contentIndent = -1;
        while (first < n) {
            int spaces = indentAt(first);
            if (first + spaces < n && at(first + spaces) != '\n') {
                contentIndent = spaces;
                break;
            }
            first = nextLine(first);
        }
        if (contentIndent <= indent) {
            throw NOT_PLAIN; // an empty block text: rare, left to the full parser
        }
        int k = blockLines(body, contentIndent, literal, null);
        JsonNode value;
        if (indent == recentBlockIndent && same(i, k, recentBlockStart, recentBlockLength)) {
            value = recentBlock; // the same lines at the same place in the structure: the same text
        } else {
            Joined out = new Joined(k - body);
            blockLines(body, contentIndent, literal, out);
            if (!strip) {
                out.append('\n');
            }
            value = values.text(out.text());
            recentBlockStart = i;
            recentBlockLength = k - i;
            recentBlockIndent = indent;
            recentBlock = value;
        }
        line = k;
        // The text ends at a shorter line: the structure around it goes on (or ends) there.
        skipBlankLines();
        return value;
    }

    /** A block text's bytes as its lines are joined, then decoded once. */
    private static final class Joined {
        private byte[] bytes;
        private int length;

        Joined(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void append(char ascii) {
            room(1);
            bytes[length++] = (byte) ascii;
        }

        void repeat(char ascii, int count) {
            room(count);
            java.util.Arrays.fill(bytes, length, length + count, (byte) ascii);
            length += count;
        }

        void append(byte[] from, int start, int end) {
            room(end - start);
            System.arraycopy(from, start, bytes, length, end - start);
            length += end - start;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        String text() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The last block text read: a large estimate repeats its justifications' texts item after item. */
    private int recentBlockStart;
    private int recentBlockLength = -1;
    private int recentBlockIndent;
    private JsonNode recentBlock;

    /**
     * Reads the lines of a block text from {@code from}, appending its text to {@code out} unless
     * that is null (a pass that only finds where it ends and whether it is plain); where it ends.
     */
    private int blockLines(int from, int contentIndent, boolean literal, Joined out) throws NotPlain {
        int pendingBreaks = 0; // empty lines seen since the last text line
        boolean any = false;
        int k = from;
        while (k < n) {
            int spaces = indentAt(k);
            int end = lineEnd(k);
            if (k + spaces == end) { // empty or spaces only
                if (spaces > contentIndent) {
                    throw NOT_PLAIN;
                }
                if (end >= n) {
                    break;
                }
                pendingBreaks++;
                k = end + 1;
                continue;
            }
            if (spaces < contentIndent) {
                break;
            }
            if (spaces > contentIndent && !literal) {
                throw NOT_PLAIN; // "more indented" lines of a folded text keep their breaks: not plain
            }
            if (!any && pendingBreaks > 0) {
                throw NOT_PLAIN;
            }
            if (out != null) {
                if (!any) {
                    // the first line: nothing joins it to a line before
                } else if (literal) {
                    out.append('\n');
                    out.repeat('\n', pendingBreaks);
                } else if (pendingBreaks == 0) {
                    out.append(' ');
                } else {
                    out.repeat('\n', pendingBreaks);
                }
                out.append(s, k + contentIndent, end);
            }
            any = true;
            pendingBreaks = 0;
            if (end >= n) {
                throw NOT_PLAIN; // a last line without its line break: chomping differs, rare
            }
            k = end + 1;
        }
        return k;
    }

    // ---- plain words

    /** Words YAML 1.1 (as SnakeYAML reads it) turns into booleans or null in some spelling. */
    private static final java.util.Set<String> SPECIAL_WORDS = java.util.Set.of("yes", "no", "true", "false", "on",
            "off", "y", "n", "null", "~", "nan", "inf", "infinity");

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private JsonNode plainScalar(String plain, boolean inFlow) throws NotPlain {
        if (plain.isEmpty()) {
            throw NOT_PLAIN;
        }
        char c = plain.charAt(0);
        if ("[]{}#&*!|>'\"%@`,?:=<".indexOf(c) >= 0 || c == '-' && (plain.length() == 1 || plain.charAt(1) == ' ')) {
            throw NOT_PLAIN;
        }
        if (plain.indexOf('#') >= 0 && plain.contains(" #")) {
            throw NOT_PLAIN;
        }
        if (inFlow && plain.indexOf(": ") >= 0) {
            throw NOT_PLAIN;
        }
        if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            if (isDecimal(plain)) {
                return values.number(plain);
            }
            if (c == '.' || plain.length() > 1 && plain.charAt(1) == '.') {
                throw NOT_PLAIN; // .5, .nan, -.inf: YAML's own floats
            }
            // No YAML number has a space in it ("+353 1 555 0142", "3 days"); a timestamp may, but
            // is read as text either way, as is a bare date.
            if (plain.indexOf(' ') >= 0 || DATE.matcher(plain).matches() || cannotBeNumber(plain)) {
                return values.text(plain);
            }
            throw NOT_PLAIN;
        }
        if (plain.length() <= 8 && "yYnNtTfFoOiI~".indexOf(c) >= 0) {
            String lower = plain.toLowerCase(java.util.Locale.ROOT);
            if (SPECIAL_WORDS.contains(lower)) {
                return special(plain, lower);
            }
        }
        return values.text(plain);
    }

    /** Whether {@code plain} is {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}: a number every YAML reads alike. */
    private static boolean isDecimal(String plain) {
        int k = plain.charAt(0) == '-' ? 1 : 0;
        int digits = k;
        while (k < plain.length() && plain.charAt(k) >= '0' && plain.charAt(k) <= '9') {
            k++;
        }
        if (k == digits || plain.charAt(digits) == '0' && k - digits > 1) {
            return false;
        }
        if (k == plain.length()) {
            return true;
        }
        if (plain.charAt(k) != '.' || k + 1 == plain.length()) {
            return false;
        }
        for (k++; k < plain.length(); k++) {
            if (plain.charAt(k) < '0' || plain.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no YAML 1.1 number (nor Jackson's reading of one) can be spelled so: a character no
     * number has ("12か月", "10%"), or a sign inside it that is not an exponent's ("03-5555-0123").
     */
    private static boolean cannotBeNumber(String plain) {
        for (int k = 0; k < plain.length(); k++) {
            char c = plain.charAt(k);
            boolean numberish = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
                    || "xXoO_.:".indexOf(c) >= 0 || (c == '-' || c == '+') && k == 0;
            if (c == '-' || c == '+') {
                numberish = k == 0 || plain.charAt(k - 1) == 'e' || plain.charAt(k - 1) == 'E';
                if (!numberish) {
                    return true;
                }
            } else if (!numberish) {
                return true;
            }
        }
        return false;
    }

    /** A YAML 1.1 boolean or null in one of the spellings SnakeYAML reads as such; any other is not plain. */
    private JsonNode special(String plain, String lower) throws NotPlain {
        boolean usual = plain.equals(lower) || plain.equals(lower.toUpperCase(java.util.Locale.ROOT))
                || plain.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        if (!usual || lower.equals("y") || lower.equals("n") || lower.startsWith("inf") || lower.equals("nan")) {
            throw NOT_PLAIN;
        }
        return switch (lower) {
            case "null", "~" -> values.nullNode();
            case "yes", "true", "on" -> values.bool(true, plain);
            default -> values.bool(false, plain);
        };
    }
}
