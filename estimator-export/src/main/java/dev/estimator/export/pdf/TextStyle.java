package dev.estimator.export.pdf;

/** The kinds of text in the document; {@link DocumentFonts} turns each into fonts. */
enum TextStyle {
    BODY(1f, false),
    BODY_BOLD(1f, true),
    SMALL(0.85f, false),
    SMALL_BOLD(0.85f, true),
    CAPTION(0.8f, false),
    TABLE_HEAD(0.85f, true),
    SUBHEADING(1.3f, true),
    HEADING(1.85f, true),
    COVER_TITLE(3f, true),
    COVER_SUBTITLE(1.45f, false),
    BANNER(1f, true);

    private final float scale;
    private final boolean bold;

    TextStyle(float scale, boolean bold) {
        this.scale = scale;
        this.bold = bold;
    }

    float size(float bodySize) {
        return bodySize * scale;
    }

    boolean bold() {
        return bold;
    }
}
