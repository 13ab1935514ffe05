package dev.estimator.export;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The samples with the parties' full identification and an estimate number (issue 11): the
 * sample's own file, with the fields added to its header, so a test exercises the whole path from
 * the file. The identifiers are fictitious with valid check digits.
 */
public final class PartiesSamples {

    public static final String IT_REFERENCE = "2026/118";
    public static final String JA_REFERENCE = "MD-2026-0412";
    public static final String EN_REFERENCE = "NW-Q-2026-031";
    public static final String JA_REGISTRATION = "T7000012050002";
    public static final String IT_TAX_ID = "IT12345678903";

    private PartiesSamples() {
    }

    public static Estimate italian() {
        return load("gestionale-migrazione-it.yaml", IT_REFERENCE,
                "    address: Via dell'Indipendenza 44, 40121 Bologna BO\n    taxId: " + IT_TAX_ID + "\n"
                        + "    fiscalCode: '12345678903'\n    registration: REA BO-512345\n    phone: 051 555 0199\n",
                "    department: Amministrazione e IT\n    address: Via Emilia 210, 42124 Reggio Emilia RE\n", null);
    }

    public static Estimate japanese() {
        return load("mobile-app-ja.yaml", JA_REFERENCE,
                "    address: 〒150-0002 東京都渋谷区渋谷2-21-1\n    registration: " + JA_REGISTRATION + "\n",
                "    address: 〒220-0012 神奈川県横浜市西区みなとみらい3-6-1\n", null);
    }

    /** The English sample in {@code locale} (en-IE in the file). */
    public static Estimate english(String locale) {
        return load("eshop-rebuild-en.yaml", EN_REFERENCE,
                "    address: 14 Fitzwilliam Square, Dublin 2\n    taxId: IE6388047V\n    registration: CRO 654321\n",
                "    address: Unit 4, Docklands Business Park, Cork\n", locale);
    }

    /** {@code name} from samples/, with {@code reference}, the provider's and the client's added lines. */
    public static Estimate load(String name, String reference, String provider, String client, String locale) {
        try {
            String text = Files.readString(Estimates.repositoryRoot().resolve("samples").resolve(name));
            text = text.replaceFirst("(?m)^header:\n", "header:\n  reference: '" + reference + "'\n");
            text = after(text, "  provider:\n", provider);
            text = after(text, "  client:\n", client);
            if (locale != null) {
                text = text.replaceFirst("(?m)^  locale: .*$", "  locale: " + locale);
            }
            return EstimateFiles.parse(text, name, false).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code lines} added after the name line of the mapping that starts with {@code mapping}. */
    private static String after(String text, String mapping, String lines) {
        int start = text.indexOf(mapping);
        int name = text.indexOf("    name:", start);
        int end = text.indexOf('\n', name) + 1;
        return text.substring(0, end) + lines + text.substring(end);
    }

    public static Path sample(String name) {
        return Estimates.repositoryRoot().resolve("samples").resolve(name);
    }
}
