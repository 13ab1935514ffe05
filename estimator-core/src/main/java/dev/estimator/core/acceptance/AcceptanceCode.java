package dev.estimator.core.acceptance;

import com.google.common.base.Preconditions;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short text a client's page gives for an accepted selection, e.g.
 * {@code 3F9C2A71B0DE-2-1-3-12345678-5A0C33E1}: the revision's fingerprint (see
 * {@link ContentHash}), the revision number, the variant (0 the baseline, else the alternative's
 * position), the optional items kept (a hex bit mask over the variant's optional items), the
 * grand total in minor units (cents), and a checksum.
 *
 * <p>The code is made in the browser, so it cannot be secret: anyone can compute a checksum. The
 * checksum catches a mistyped or carelessly edited code; what makes the code trustworthy is that
 * {@code estimator accept} checks every part against the estimate file: the fingerprint against
 * the file's content hash, and the total against the calculator's total for that selection. A
 * code for another revision, another selection or another total is refused.
 *
 * <p>The checksum is FNV-1a (32 bits) over the UTF-8 text before it, in 8 upper-case hex digits;
 * {@code proposal.js} computes the same.
 */
public record AcceptanceCode(String fingerprint, int revision, int variant, BigInteger keptMask, BigInteger total) {

    private static final Pattern FORMAT = Pattern.compile(
            "([0-9A-F]{" + ContentHash.FINGERPRINT_LENGTH + "})-([0-9]{1,6})-([0-9]{1,4})-([0-9A-F]{1,64})-([0-9]{1,30})-([0-9A-F]{8})");

    public AcceptanceCode {
        Preconditions.checkNotNull(fingerprint, "fingerprint");
        Preconditions.checkArgument(keptMask.signum() >= 0 && total.signum() >= 0 && variant >= 0 && revision >= 0,
                "negative part in an acceptance code");
    }

    /** The code's text, checksum included. */
    public String text() {
        String body = body();
        return body + "-" + checksum(body);
    }

    private String body() {
        return fingerprint + "-" + revision + "-" + variant + "-" + keptMask.toString(16).toUpperCase(Locale.ROOT)
                + "-" + total;
    }

    /** Whether the optional item at {@code index} of the variant is kept. */
    public boolean keeps(int index) {
        return keptMask.testBit(index);
    }

    /**
     * Reads a code as the client sent it (spaces and case do not matter).
     *
     * @throws IllegalArgumentException with a message for the user when it is not a well-formed
     *                                  code or its checksum does not match
     */
    public static AcceptanceCode parse(String text) {
        Preconditions.checkNotNull(text, "text");
        String code = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("this is not an acceptance code: expected six parts like "
                    + "3F9C2A71B0DE-2-1-3-12345678-5A0C33E1, as the proposal page shows it");
        }
        String body = code.substring(0, code.lastIndexOf('-'));
        if (!checksum(body).equals(m.group(6))) {
            throw new IllegalArgumentException("the acceptance code's checksum does not match: it was mistyped or "
                    + "changed after the page made it");
        }
        return new AcceptanceCode(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                new BigInteger(m.group(4), 16), new BigInteger(m.group(5)));
    }

    /** FNV-1a, 32 bits, over the UTF-8 bytes of {@code body}, as 8 upper-case hex digits. */
    static String checksum(String body) {
        int hash = 0x811C9DC5;
        for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return String.format(Locale.ROOT, "%08X", hash);
    }
}
