package dev.estimator.export.html;

/**
 * What a page adds to the document's own markup: more style, markup at the start of the
 * {@code <main>} element and at the end of the body, and the script sources its security policy
 * allows (e.g. {@code 'sha256-...'} for one inline script). {@link #NONE} for the plain page.
 */
record PageAddition(String css, String mainStart, String bodyEnd, String scriptSources) {

    static final PageAddition NONE = new PageAddition("", "", "", "");

    /** The page's security policy: the document's, plus {@code script-src} when a script is allowed. */
    String contentSecurityPolicy() {
        return scriptSources.isEmpty() ? HtmlRenderer.CONTENT_SECURITY_POLICY
                : HtmlRenderer.CONTENT_SECURITY_POLICY + "; script-src " + scriptSources;
    }
}
