package dev.estimator.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package entry by entry, in order, stamping every entry with one fixed time. POI
 * stamps entries with the clock, so two exports of the same estimate would differ only in those
 * bytes; with the estimate's issue date instead, the same estimate gives the same file. Streams
 * entry by entry, so memory stays bounded whatever the workbook's size.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static void copy(Path zip, LocalDateTime time, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipFile source = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry stamped = new ZipEntry(entry.getName());
                stamped.setTimeLocal(time);
                copy.putNextEntry(stamped);
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
        }
        copy.finish();
    }
}
