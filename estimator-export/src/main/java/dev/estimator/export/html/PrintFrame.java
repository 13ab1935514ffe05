package dev.estimator.export.html;

import dev.estimator.export.document.DocumentInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every printed page carries, as CSS page-margin boxes: the title and revision at the top,
 * the provider and "Page X of Y" at the bottom, and on an internal document the internal banner.
 * The same facts the PDF's page frame prints, taken from {@link DocumentInfo}.
 */
final class PrintFrame {

    /** {0} is the page, {1} the page count, in {@link DocumentInfo#pageLabel()}. */
    private static final Pattern PAGE_FIELD = Pattern.compile("\\{([01])\\}");

    private PrintFrame() {
    }

    /** The {@code @page} rule of {@code info}'s document. */
    static String css(DocumentInfo info) {
        StringBuilder css = new StringBuilder();
        css.append("@page {\n");
        box(css, "top-left", HtmlText.cssString(info.title()), "");
        if (info.revisionLabel() != null) {
            box(css, "top-right", HtmlText.cssString(info.revisionLabel()), "");
        }
        if (info.internalBanner() != null) {
            box(css, "top-center", HtmlText.cssString(info.internalBanner()),
                    " color: #b3261e; font-weight: 700; font-size: 9pt;");
        }
        if (info.providerName() != null) {
            box(css, "bottom-left", HtmlText.cssString(info.providerName()), "");
        }
        if (info.pageLabel() != null) {
            box(css, "bottom-right", pageCounter(info.pageLabel()), "");
        }
        return css.append("}\n").toString();
    }

    private static void box(StringBuilder css, String box, String content, String style) {
        css.append("  @").append(box).append(" { content: ").append(content)
                .append("; color: #5b6474; font-size: 8pt;").append(style).append(" }\n");
    }

    /** "Page {0} of {1}" as CSS content: {@code "Page " counter(page) " of " counter(pages)}. */
    static String pageCounter(String pattern) {
        StringBuilder content = new StringBuilder();
        Matcher field = PAGE_FIELD.matcher(pattern);
        int from = 0;
        while (field.find()) {
            literal(content, pattern.substring(from, field.start()));
            content.append(content.isEmpty() ? "" : " ").append(field.group(1).equals("0") ? "counter(page)" : "counter(pages)");
            from = field.end();
        }
        literal(content, pattern.substring(from));
        return content.toString();
    }

    private static void literal(StringBuilder content, String text) {
        if (!text.isEmpty()) {
            content.append(content.isEmpty() ? "" : " ").append(HtmlText.cssString(text));
        }
    }
}
