package dev.estimator.export.html;

import dev.estimator.core.acceptance.ProposalChoices;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.ProposalTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The interactive proposal's additions to the page: a panel at the top of the document where the
 * client picks the baseline or an alternative and switches optional items on or off, the figures
 * it works from ({@link ProposalData}, a JSON block the browser does not run), and the script
 * ({@code proposal.js}, inline and unminified) that recomputes the price and makes the acceptance
 * code. The page's security policy allows that one script by its SHA-256 hash and nothing else:
 * still no load from anywhere, no connection, no other script.
 */
final class InteractivePanel {

    private static final String SCRIPT = resource("proposal.js");
    private static final String CSS = resource("proposal.css");

    private InteractivePanel() {
    }

    static PageAddition of(ExportRequest request) {
        ProposalTexts texts = ProposalTexts.of(request.estimate());
        Map<String, String> labels = texts.labels();
        String fingerprintLine = texts.revision(dev.estimator.core.acceptance.ContentHash.fingerprint(request.estimate()));
        StringBuilder html = new StringBuilder(4096);
        html.append("<section id=\"proposal\" class=\"proposal\" aria-labelledby=\"proposal-title\">\n");
        html.append("<h2 id=\"proposal-title\">").append(HtmlText.escape(labels.get("heading"))).append("</h2>\n");
        html.append("<p>").append(HtmlText.escape(labels.get("intro"))).append("</p>\n");
        // Which document this is: the reference and the parties as the cover prints them, then the revision.
        html.append("<p class=\"proposal-revision\" id=\"proposal-revision\">");
        for (String line : texts.identity()) {
            html.append("<span class=\"proposal-identity\">").append(HtmlText.escape(line)).append("</span><br>");
        }
        html.append(HtmlText.escape(fingerprintLine)).append("</p>\n");
        html.append("<noscript><p>").append(HtmlText.escape(labels.get("noscript"))).append("</p></noscript>\n");
        html.append("<div id=\"proposal-panel\" hidden>\n");
        html.append("<fieldset id=\"proposal-variants\" class=\"proposal-variants\"><legend>")
                .append(HtmlText.escape(labels.get("variant"))).append("</legend>\n");
        List<ProposalChoices.Variant> variants = ProposalChoices.of(request.estimate()).variants();
        for (int i = 0; i < variants.size(); i++) {
            ProposalChoices.Variant variant = variants.get(i);
            String name = variant.alternative() == null ? labels.get("baseline") : variant.alternative().name();
            html.append("<label><input type=\"radio\" name=\"proposal-variant\" value=\"").append(i).append('"')
                    .append(i == 0 ? " checked" : "").append("> ").append(HtmlText.escape(name)).append("</label>\n");
        }
        html.append("</fieldset>\n");
        table(html, "proposal-items", labels.get("items"),
                List.of(labels.get("item"), labels.get("state"), labels.get("amount")));
        table(html, "proposal-price", labels.get("price"), List.of(labels.get("line"), labels.get("amount")));
        // As the price section: what of the total is invoiced only if the contingency is drawn.
        html.append("<p class=\"proposal-on-approval\" id=\"proposal-on-approval\" hidden></p>\n");
        table(html, "proposal-milestones", labels.get("payment"),
                List.of(labels.get("milestone"), labels.get("percent"), labels.get("amount")));
        html.append("<p class=\"proposal-range\" id=\"proposal-range\" hidden></p>\n");
        html.append("<div id=\"proposal-recurring-box\" hidden>\n");
        table(html, "proposal-recurring", texts.phrasing().text("proposal.recurring"),
                List.of(texts.phrasing().text("recurring.line"), labels.get("amount")));
        html.append("</div>\n");
        html.append("<p class=\"proposal-total\" id=\"proposal-total\" aria-live=\"polite\"></p>\n");
        budget(html, texts);
        html.append("<p><button type=\"button\" id=\"proposal-accept\">").append(HtmlText.escape(labels.get("accept")))
                .append("</button></p>\n");
        html.append("<div id=\"proposal-code-box\" class=\"proposal-code\" tabindex=\"-1\" role=\"status\" hidden>\n");
        html.append("<p>").append(HtmlText.escape(labels.get("code"))).append(": <output id=\"proposal-code\"></output></p>\n");
        html.append("<p id=\"proposal-code-summary\"></p>\n");
        // The document under the panel explains the baseline; the code accepts the selection.
        html.append("<p>").append(HtmlText.escape(texts.phrasing().text("proposal.codeDocumentNote",
                texts.phrasing().amount(request.totals().grandTotal())))).append("</p>\n");
        html.append("<p>").append(HtmlText.escape(labels.get("codeHelp"))).append("</p>\n");
        html.append("</div>\n</div>\n</section>\n");

        String body = "<script id=\"proposal-data\" type=\"application/json\">\n" + ProposalData.json(request)
                + "\n</script>\n<script>\n" + SCRIPT + "</script>\n";
        return new PageAddition(CSS, html.toString(), body, "'" + hash("\n" + SCRIPT) + "'");
    }

    /** The budget box: the client's budget, and the ways to reach it the script lists below. */
    private static void budget(StringBuilder html, ProposalTexts texts) {
        var p = texts.phrasing();
        String example = p.amount(new java.math.BigDecimal("12500"));
        html.append("<div id=\"proposal-budget-box\" class=\"proposal-budget\" hidden>\n");
        html.append("<p><label for=\"proposal-budget\">")
                .append(HtmlText.escape(p.text("proposal.budget", p.text("budget.basis.gross")))).append("</label><br>");
        html.append("<input type=\"text\" id=\"proposal-budget\" inputmode=\"decimal\" autocomplete=\"off\""
                + " aria-describedby=\"proposal-budget-help\"> ");
        html.append("<button type=\"button\" id=\"proposal-budget-find\">").append(HtmlText.escape(p.text("proposal.budgetFind")))
                .append("</button></p>\n");
        html.append("<p id=\"proposal-budget-help\" class=\"proposal-help\">")
                .append(HtmlText.escape(p.text("proposal.budgetHelp", example))).append("</p>\n");
        html.append("<div id=\"proposal-fit\" aria-live=\"polite\"></div>\n</div>\n");
    }

    private static void table(StringBuilder html, String id, String title, List<String> columns) {
        html.append("<h3 id=\"").append(id).append("-title\">").append(HtmlText.escape(title)).append("</h3>\n");
        html.append("<div class=\"table-scroll\"><table class=\"proposal-table\" aria-labelledby=\"").append(id)
                .append("-title\">\n<thead><tr>");
        for (int i = 0; i < columns.size(); i++) {
            // The last column is the amount, and the milestones' middle one their percentage: figures, right-aligned.
            boolean figure = i == columns.size() - 1 || (columns.size() == 3 && id.equals("proposal-milestones"));
            html.append("<th scope=\"col\"").append(figure && i > 0 ? " class=\"num\"" : "").append(">")
                    .append(HtmlText.escape(columns.get(i))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody id=\"").append(id).append("\"></tbody>\n</table></div>\n");
    }

    /** The policy's source for an inline script: its SHA-256 in base64. */
    private static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A resource beside this class, with LF line endings and a final newline. */
    private static String resource(String name) {
        try (InputStream in = InteractivePanel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
