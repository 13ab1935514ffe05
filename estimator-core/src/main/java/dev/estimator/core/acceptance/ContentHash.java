package dev.estimator.core.acceptance;

import com.google.common.base.Preconditions;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of an estimate as the client sees it: SHA-256 of the client's copy (the
 * redacted estimate) in the file format. Two files that differ only in layout, comments or
 * internal figures (costs, margin, target prices) have the same hash; any change the client could
 * see gives another. Hashing the redacted copy also keeps the hash from saying anything about the
 * internal figures.
 */
public final class ContentHash {

    /** Hex digits of the hash that a page shows and a code carries. */
    public static final int FINGERPRINT_LENGTH = 12;

    private ContentHash() {
    }

    /** The SHA-256 of {@code estimate}'s client copy, 64 lower-case hex digits. */
    public static String of(Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        String text = EstimateFiles.toYaml(estimate.redactedFor(Audience.CLIENT)).replace("\r\n", "\n");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first {@link #FINGERPRINT_LENGTH} hex digits of {@link #of}, upper case: what the page shows. */
    public static String fingerprint(Estimate estimate) {
        return of(estimate).substring(0, FINGERPRINT_LENGTH).toUpperCase(java.util.Locale.ROOT);
    }
}
