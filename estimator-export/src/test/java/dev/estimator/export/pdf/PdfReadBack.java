package dev.estimator.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox, an independent reader: its text, fonts, bookmarks, metadata and raw content. */
final class PdfReadBack {

    final String text;
    final List<String> bookmarks;
    final String title;
    final String author;
    final String subject;
    final String keywords;
    /** Fonts by name, with whether each is embedded, from every page and every form (the chart). */
    final Map<String, Boolean> fonts;
    /** Everything in the file a reader could get at: text, every string, every decoded stream. */
    final String everything;
    final int pages;

    private PdfReadBack(PDDocument document) throws IOException {
        this.text = new PDFTextStripper().getText(document);
        this.pages = document.getNumberOfPages();
        this.bookmarks = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                collect(item, bookmarks);
            }
        }
        var info = document.getDocumentInformation();
        this.title = info.getTitle();
        this.author = info.getAuthor();
        this.subject = info.getSubject();
        this.keywords = info.getKeywords();
        this.fonts = new java.util.LinkedHashMap<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts, new IdentityHashMap<>());
        }
        this.everything = text + "\n" + rawContent(document);
    }

    static PdfReadBack of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfReadBack(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with no-break spaces as spaces and every run of white space as one space. */
    String flatText() {
        return flat(text);
    }

    static String flat(String value) {
        return value.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    /** The text with no white space at all (Japanese lines wrap between any two characters). */
    static String squeezed(String value) {
        return value.replaceAll("[\\s\u00a0\u202f]+", "");
    }

    private static void collect(PDOutlineItem item, List<String> out) {
        out.add(item.getTitle());
        for (PDOutlineItem child : item.children()) {
            collect(child, out);
        }
    }

    private static void fonts(PDResources resources, Map<String, Boolean> out, Map<PDResources, Boolean> seen)
            throws IOException {
        if (resources == null || seen.put(resources, true) != null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), out, seen);
            }
        }
    }

    /** Every string object (metadata, bookmarks, annotations) and every stream, decoded, of the whole file. */
    private static String rawContent(PDDocument document) throws IOException {
        StringBuilder out = new StringBuilder();
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            walk(object.getObject(), out, new IdentityHashMap<>());
        }
        walk(document.getDocument().getTrailer(), out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void walk(COSBase base, StringBuilder out, Map<COSBase, Boolean> seen) throws IOException {
        if (base == null || seen.put(base, true) != null) {
            return;
        }
        switch (base) {
            case COSString string -> out.append(string.getString()).append('\n');
            case COSStream stream -> {
                try (InputStream in = stream.createInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    out.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
                    out.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    // A stream PDFBox cannot decode (an image filter it lacks) is searched raw below.
                }
                for (COSName name : stream.keySet()) {
                    walk(stream.getItem(name), out, seen);
                }
            }
            case COSDictionary dictionary -> {
                for (COSName name : dictionary.keySet()) {
                    out.append(name.getName()).append('\n');
                    walk(dictionary.getItem(name), out, seen);
                }
            }
            case COSArray array -> {
                for (COSBase item : array) {
                    walk(item instanceof COSObject o ? o.getObject() : item, out, seen);
                }
            }
            case COSObject object -> walk(object.getObject(), out, seen);
            default -> {
            }
        }
    }
}
