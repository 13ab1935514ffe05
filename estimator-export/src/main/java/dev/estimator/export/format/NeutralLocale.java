package dev.estimator.export.format;

import java.io.IOException;
import java.util.Locale;

/**
 * Runs document writing under the neutral {@link Locale#ROOT} default. Libraries format numbers
 * with the JVM's default locale where they should not: OpenPDF writes a PDF's byte offsets with
 * it, so under ar-EG, fa-IR or th-TH-TH the offsets came out in Arabic or Thai digits and the PDF
 * was damaged. Documents format their own figures with the estimate's locale, never the default.
 */
public final class NeutralLocale {

    /** Writing that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Writing {
        void run() throws IOException;
    }

    /** The default locale is JVM-wide: one neutral section at a time, and the caller's restored after. */
    private static final Object LOCK = new Object();

    private NeutralLocale() {
    }

    public static void run(Writing writing) throws IOException {
        synchronized (LOCK) {
            Locale saved = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.ROOT);
            try {
                writing.run();
            } finally {
                Locale.setDefault(saved);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
    }
}
