package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.estimator.core.RandomEstimates;
import dev.estimator.core.acceptance.AcceptanceCode;
import dev.estimator.core.acceptance.ContentHash;
import dev.estimator.core.acceptance.ProposalChoices;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.calc.PricedEstimate;
import dev.estimator.core.calc.RangeMethod;
import dev.estimator.core.calc.RecurringCharge;
import dev.estimator.core.calc.RecurringTotals;
import dev.estimator.core.calc.SelectionCalculator;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.core.negotiation.PriceBasis;
import dev.estimator.core.calc.SelectionPrice;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.document.ProposalTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interactive proposal in a real browser: for every sample, every variant and every
 * combination of its optional items (random combinations beyond {@link #ALL_COMBINATIONS_UP_TO}
 * items), the figures the page shows are the calculator's for that selection, to the cent, as
 * the document would write them; the same for random estimates with random alternatives; and the
 * acceptance code names exactly the selection shown. Skipped only where Chromium or its driver is
 * not installed.
 */
class InteractiveProposalBrowserTest {

    /** Up to this many optional items in a variant, every combination; beyond, random ones. */
    private static final int ALL_COMBINATIONS_UP_TO = 6;
    private static final int RANDOM_COMBINATIONS = 24;
    private static final int RANDOM_ESTIMATES = 500;
    /**
     * For a random estimate, every combination up to this many optional items, else all, none and
     * {@link #RANDOM_ESTIMATE_COMBINATIONS} random ones: 500 estimates stay within a few minutes.
     */
    private static final int RANDOM_ESTIMATE_ALL_UP_TO = 2;
    private static final int RANDOM_ESTIMATE_COMBINATIONS = 2;
    /** Every this many random estimates, two random budgets in the budget box. */
    private static final int RANDOM_BUDGET_EVERY = 5;
    /**
     * Every this many random estimates, the clicked selection is also read element by element and
     * the code taken by a real click (each sample's page always is).
     */
    private static final int RANDOM_CROSS_CHECK_EVERY = 5;

    private static ProposalBrowser browser;

    @BeforeAll
    static void openBrowser() {
        if (ProposalBrowser.available()) {
            browser = ProposalBrowser.open(1280, 2000);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySelectionShowsTheCalculatorsFigures(Path sample, @TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        int checked = checkEverySelection(request, folder.resolve("proposal.html"), new Random(13),
                ALL_COMBINATIONS_UP_TO, RANDOM_COMBINATIONS, new Random(17), true, true);
        assertTrue(checked >= 2, "only " + checked + " selections checked");
    }

    @Test
    void randomEstimatesWithRandomAlternativesShowTheCalculatorsFigures(@TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        int estimates = 0;
        int selections = 0;
        int budgets = 0;
        int refused = 0;
        Iterator<RandomEstimates.Sample> samples = RandomEstimates.valid(130_000, Integer.MAX_VALUE).iterator();
        while (estimates < RANDOM_ESTIMATES) {
            RandomEstimates.Sample sample = samples.next();
            Random random = new Random(sample.seed());
            Estimate estimate = withAlternatives(inLanguage(sample.estimate(), random), random);
            if (!EstimateValidator.validate(estimate).isEmpty()) {
                // e.g. an alternative that drops a large item under a fixed discount: `estimator export` refuses it
                refused++;
                continue;
            }
            ExportRequest request = ExportRequest.of(estimate, Audience.CLIENT);
            try {
                selections += checkEverySelection(request, folder.resolve("proposal-" + sample.seed() + ".html"), random,
                        RANDOM_ESTIMATE_ALL_UP_TO, RANDOM_ESTIMATE_COMBINATIONS, new Random(~sample.seed()), false,
                        estimates % RANDOM_CROSS_CHECK_EVERY == 0);
                if (estimates % RANDOM_BUDGET_EVERY == 0 && browser.budgetOffered()) {
                    budgets += checkBudgets(request, budgetsAround(request.totals().grandTotal(),
                            0.4 + random.nextDouble() * 0.5, 0.9 + random.nextDouble() * 0.2));
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(sample + ": " + e, e);
            }
            estimates++;
        }
        assertTrue(refused < RANDOM_ESTIMATES / 10, refused + " random estimates refused by validation");
        assertTrue(selections > RANDOM_ESTIMATES * 2, "only " + selections + " selections checked");
        assertTrue(budgets >= RANDOM_ESTIMATES / RANDOM_BUDGET_EVERY, "only " + budgets + " budgets checked");
    }

    /**
     * The budget box lists exactly what {@code estimator fit FILE --budget X} finds for the client,
     * for budgets from far below the quote to above it and at a candidate's exact price; choosing a
     * candidate selects it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theBudgetBoxListsWhatTheBudgetFitFinds(Path sample, @TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        Files.write(folder.resolve("proposal.html"), export(request));
        browser.load(folder.resolve("proposal.html"));
        assertTrue(browser.budgetOffered(), "no budget box");
        Estimate estimate = request.estimate();
        BigDecimal quote = request.totals().grandTotal();
        List<BigDecimal> budgets = budgetsAround(quote, 0.3, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.25);
        // At a candidate's exact price it fits; one minor unit less, it does not.
        BudgetFit fit = BudgetFit.search(estimate, budgets.get(4), PriceBasis.GROSS, ProposalData.FIT_TOP, Audience.CLIENT);
        for (FitCandidate candidate : fit.anyFits() ? fit.fits() : fit.nearest()) {
            budgets.add(candidate.amount());
            budgets.add(candidate.amount().subtract(BigDecimal.ONE.movePointLeft(quote.scale())));
        }
        checkBudgets(request, budgets);

        // Choosing the first candidate selects it: its scope, its items, and its price in the panel.
        Phrasing p = Phrasing.of(estimate);
        browser.budget(p.amount(budgets.get(4)));
        FitCandidate first = (fit.anyFits() ? fit.fits() : fit.nearest()).getFirst();
        browser.chooseCandidate(0);
        int v = first.alternative().map(a -> estimate.alternatives().indexOf(a) + 1).orElse(0);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelectorAll('#proposal-variants input')[" + v + "].checked;"));
        Set<String> leftOut = new HashSet<>(first.dropped().stream().map(LineItem::id).toList());
        SelectionPrice price = SelectionCalculator.price(estimate, request.totals(),
                first.alternative().map(Alternative::id).orElse(null), leftOut);
        assertEquals(HtmlSamples.flat(p.amount(price.price().total())), browser.figures().get("total"));
        // The way chosen is marked as the current selection, and only it; choosing another scope unmarks it.
        assertEquals(List.of(0L), browser.js("return Array.from(document.querySelectorAll('#proposal-fit-list li'))"
                + ".map((li, i) => li.classList.contains('current') ? i : -1).filter(i => i >= 0);"));
        assertEquals(HtmlSamples.flat(p.text("proposal.budgetCurrent")),
                HtmlSamples.flat((String) browser.js("return document.querySelector('#proposal-fit-list li.current .proposal-fit-current').textContent;")));
        int other = v == 0 ? 1 : 0;
        browser.js("document.querySelectorAll('#proposal-variants input')[" + other + "].click(); return null;");
        assertEquals(Boolean.FALSE, browser.js("const li = document.querySelectorAll('#proposal-fit-list li')[0];"
                + " return li.classList.contains('current') || li.querySelector('.proposal-fit-current') !== null;"));

        // What is not an amount is refused, plainly.
        List<String> refused = browser.budget("twelve thousand");
        assertEquals(List.of(HtmlSamples.flat(p.text("proposal.budgetInvalid", p.amount(new BigDecimal("12500"))))), refused);
    }

    /**
     * The budget box of a page made from an estimate full of internal canaries (target, walk-away
     * above the quote, costs, notes): it lists what the client's budget fit lists, so the walk-away
     * price played no part, and nothing internal appears in the page once the list is drawn.
     */
    @Test
    void theBudgetBoxOfACanaryEstimateShowsNothingInternal(@TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        Path sample = HtmlSamples.samples().getFirst();
        Estimate canary = HtmlLeakTest.canary(sample);
        ExportRequest request = ExportRequest.of(canary, Audience.CLIENT);
        Files.write(folder.resolve("canary.html"), export(request));
        browser.load(folder.resolve("canary.html"));
        checkBudgets(request, budgetsAround(request.totals().grandTotal(), 0.5, 0.9, 1.1));
        String drawn = HtmlSamples.flat((String) browser.js("return document.documentElement.outerHTML;"));
        for (String spelling : HtmlLeakTest.spellings(canary)) {
            assertFalse(drawn.contains(spelling), "the drawn page contains " + spelling);
        }
    }

    /**
     * The page at phone and desktop width after a few choices, written to
     * {@code target/proposal-screenshots} to look at; at phone width nothing is wider than the screen.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void screenshotsAtPhoneAndDesktopWidth(Path sample, @TempDir Path folder) throws IOException {
        assumeTrue(ProposalBrowser.available(), ProposalBrowser.unavailableReason());
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        Path page = folder.resolve("proposal.html");
        Files.write(page, export(request));
        Path shots = Files.createDirectories(Path.of("target", "proposal-screenshots"));
        String name = sample.getFileName().toString().replace(".yaml", "");
        for (int width : new int[] {390, 1280}) {
            try (ProposalBrowser window = ProposalBrowser.open(width, 2400)) {
                window.load(page);
                window.choose(1);
                window.js("document.querySelector('#proposal-items input')?.click();");
                window.accept();
                window.js("document.getElementById('proposal-variants').scrollIntoView();");
                byte[] png = window.screenshot();
                assertTrue(png.length > 10_000, "an empty screenshot");
                Files.write(shots.resolve(name + "-" + width + ".png"), png);
                Number overflow = (Number) window.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 0, name + " at " + width + " px is " + overflow + " px too wide");
                // The range, the recurring charges and the budget box with the ways to reach 90 % of the quote.
                window.budget(Phrasing.of(request.estimate()).amount(budgetsAround(request.totals().grandTotal(), 0.9).getFirst()));
                window.js("document.getElementById('proposal-range').scrollIntoView();");
                Files.write(shots.resolve(name + "-" + width + "-budget.png"), window.screenshot());
                overflow = (Number) window.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 0, name + " at " + width + " px with a budget is " + overflow + " px too wide");
            }
        }
    }

    /** Keyboard only: Tab reaches the choices, arrows change the scope, Space switches an item, Enter accepts. */
    @Test
    void theKeyboardAloneChoosesAndAccepts(@TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        loadFirstSample(folder);
        browser.js("document.querySelector('#proposal-variants input').focus();");
        String before = browser.figures().get("total");
        browser.press(org.openqa.selenium.Keys.ARROW_DOWN);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelectorAll('#proposal-variants input')[1].checked;"));
        assertTrue(!before.equals(browser.figures().get("total")), "the arrow key did not change the scope");
        String outline = (String) browser.js("return getComputedStyle(document.activeElement).outlineStyle;");
        assertTrue(!"none".equals(outline), "no visible focus on the focused choice");
        // Tab on to the first optional item's switch, Space turns it off.
        for (int i = 0; i < 5 && !"checkbox".equals(browser.js("return document.activeElement.type;")); i++) {
            browser.press(org.openqa.selenium.Keys.TAB);
        }
        assertEquals("checkbox", browser.js("return document.activeElement.type;"));
        String withItem = browser.figures().get("total");
        browser.press(org.openqa.selenium.Keys.SPACE);
        assertTrue(!withItem.equals(browser.figures().get("total")), "Space did not switch the item");
        assertEquals(Boolean.FALSE, browser.js("return document.activeElement.checked;"));
        browser.js("document.getElementById('proposal-accept').focus();");
        browser.press(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.codeShown());
        AcceptanceCode.parse((String) browser.js("return document.getElementById('proposal-code').textContent;"));
    }

    /** Printing prints the current selection: the scope chosen, its price and the code, not the button or the other scopes. */
    @Test
    void printingPrintsTheCurrentSelection(@TempDir Path folder) throws IOException {
        assumeTrue(browser != null, ProposalBrowser.unavailableReason());
        ExportRequest request = loadFirstSample(folder);
        browser.choose(1);
        String code = browser.accept();
        String total = browser.figures().get("total");
        String printed;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(browser.printToPdf())) {
            printed = HtmlSamples.flat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).replaceAll("\\s+", " ");
        }
        ProposalTexts texts = ProposalTexts.of(request.estimate());
        assertTrue(printed.replace(" ", "").contains(code), "the code is not printed");
        assertTrue(printed.contains(total), "the selection's total " + total + " is not printed");
        assertTrue(printed.contains(request.estimate().alternatives().getFirst().name()));
        assertFalse(printed.contains(texts.labels().get("accept")), "the button is printed");
        assertFalse(printed.contains(texts.labels().get("baseline")), "a scope not chosen is printed");
    }

    /** The first sample's client proposal, written into {@code folder} and opened in the browser. */
    private static ExportRequest loadFirstSample(Path folder) throws IOException {
        ExportRequest request = ExportRequest.of(HtmlSamples.load(HtmlSamples.samples().getFirst()), Audience.CLIENT);
        Path page = folder.resolve("proposal.html");
        Files.write(page, export(request));
        browser.load(page);
        return request;
    }

    /**
     * Walks the selections of one page and compares each with the calculator; the number checked.
     * Most selections are set and read in one script each (by the controls' own {@code click()}, so
     * the page's handlers run as for a user); one chosen by {@code clicks} (which leaves
     * {@code random}, and so the combinations, as they were), and with {@code clickFirst} the first
     * of each variant, are clicked through WebDriver. With {@code crossCheck}, each clicked selection
     * is also read element by element (which must read the same as the script) and the code of the
     * variant of the random one is taken by a real click; the others by the button's {@code click()}.
     */
    private static int checkEverySelection(ExportRequest request, Path page, Random random, int allUpTo,
                                           int randomCombinations, Random clicks, boolean clickFirst,
                                           boolean crossCheck) throws IOException {
        Files.write(page, export(request));
        browser.load(page);
        Estimate estimate = request.estimate();
        Phrasing p = Phrasing.of(estimate);
        List<ProposalChoices.Variant> variants = ProposalChoices.of(estimate).variants();
        String fingerprint = ContentHash.fingerprint(estimate);
        int checked = 0;
        // One selection of the page, at random, is made with real clicks.
        int clickedVariant = clicks.nextInt(variants.size());
        for (int v = 0; v < variants.size(); v++) {
            ProposalChoices.Variant variant = variants.get(v);
            List<LineItem> items = variant.estimate().allItems().filter(i -> !i.isRecurring()).toList();
            List<Integer> optionalRows = new ArrayList<>();
            for (int row = 0; row < items.size(); row++) {
                if (items.get(row).optional()) {
                    optionalRows.add(row);
                }
            }
            List<BigInteger> masks = combinations(optionalRows.size(), random, allUpTo, randomCombinations);
            int clickedMask = v == clickedVariant ? clicks.nextInt(masks.size()) : -1;
            for (int m = 0; m < masks.size(); m++) {
                BigInteger mask = masks.get(m);
                Set<String> leftOut = new HashSet<>();
                Map<String, String> states = new LinkedHashMap<>();
                for (int row = 0; row < items.size(); row++) {
                    states.put("item-" + row, "in");
                }
                List<Boolean> keep = new ArrayList<>();
                for (int j = 0; j < optionalRows.size(); j++) {
                    boolean kept = mask.testBit(j);
                    keep.add(kept);
                    if (!kept) {
                        leftOut.add(items.get(optionalRows.get(j)).id());
                        states.put("item-" + optionalRows.get(j), "out");
                    }
                }
                String where = "variant " + v + ", optional items kept " + mask.toString(2);
                // The random selection (and with clickFirst, the first of each variant) is clicked as a user clicks.
                ProposalBrowser.Shown shown;
                if (m == clickedMask || (clickFirst && m == 0)) {
                    browser.choose(v);
                    for (int j = 0; j < optionalRows.size(); j++) {
                        browser.keep(optionalRows.get(j), keep.get(j));
                    }
                    shown = browser.shown();
                    if (crossCheck) {
                        assertEquals(new ProposalBrowser.Shown(browser.figures(), browser.itemStates(), browser.totalLine(),
                                browser.rangeAndRecurring(), browser.onApproval()), shown, where + ": read one by one");
                    }
                } else {
                    shown = browser.select(v, optionalRows, keep);
                }
                SelectionPrice price = SelectionCalculator.price(estimate, request.totals(), variant.alternativeId(), leftOut);
                assertEquals(expected(p, estimate, price), shown.figures(), where);
                Map<String, String> shownStates = new LinkedHashMap<>(shown.itemStates());
                shownStates.keySet().removeIf(line -> line.startsWith("dropped-"));
                assertEquals(states, shownStates, where);
                assertEquals(HtmlSamples.flat(p.grandTotalLabel() + ": " + p.amount(price.price().total())),
                        shown.totalLine(), where);
                EstimateTotals variantTotals = variantTotals(request, variant);
                Map<String, String> extras = new LinkedHashMap<>();
                extras.put("range", expectedRange(p, request, variant, variantTotals, leftOut, price));
                extras.putAll(expectedRecurring(p, estimate, variantTotals, price, leftOut.isEmpty()));
                assertEquals(extras, shown.rangeAndRecurring(), where);
                assertEquals(price.billing().billing() == ContingencyBilling.ON_APPROVAL
                        ? HtmlSamples.flat(p.text(estimate.adjustments().isEmpty() ? "commercial.onApproval"
                                : "commercial.onApprovalAdjusted", p.amount(price.price().contingency()),
                                p.amount(price.billing().contingencyOnApproval()), p.amount(price.billing().billedTotal())))
                        : "", shown.onApproval(), where);
                checked++;
            }
            // The code of the last combination tried names this revision, this variant, these items and this total.
            ProposalBrowser.Acceptance acceptance;
            if (crossCheck && v == clickedVariant) {
                acceptance = new ProposalBrowser.Acceptance(browser.accept(), browser.codeSummary(), browser.codeShown());
                // Accepting again by script makes and reads the same code box.
                assertEquals(acceptance, browser.acceptByScript(), "variant " + v + ": accepted by script");
            } else {
                acceptance = browser.acceptByScript();
            }
            AcceptanceCode code = AcceptanceCode.parse(acceptance.code());
            assertTrue(acceptance.shown());
            assertEquals(fingerprint, code.fingerprint());
            assertEquals(estimate.header().revision().number(), code.revision());
            assertEquals(v, code.variant());
            Set<String> leftOut = new HashSet<>();
            for (int j = 0; j < optionalRows.size(); j++) {
                if (!code.keeps(j)) {
                    leftOut.add(items.get(optionalRows.get(j)).id());
                }
            }
            assertTrue(code.keptMask().bitLength() <= optionalRows.size(), "mask names items that do not exist");
            BigDecimal total = SelectionCalculator.price(estimate, request.totals(), variant.alternativeId(), leftOut)
                    .price().total();
            assertEquals(total.movePointRight(total.scale()).toBigIntegerExact(), code.total());
            List<String> leftOutLabels = items.stream().filter(i -> leftOut.contains(i.id())).map(p::itemLabel).toList();
            assertEquals(HtmlSamples.flat(p.text("proposal.codeSummary",
                    v == 0 ? p.text("proposal.baseline") : variant.alternative().name(),
                    leftOutLabels.isEmpty() ? p.text("proposal.codeNothingLeftOut") : p.list(leftOutLabels),
                    p.amount(total))), acceptance.summary(), "variant " + v);
        }
        return checked;
    }

    /** The figures the page must show for {@code price}, by line, written as the document writes them. */
    private static Map<String, String> expected(Phrasing p, Estimate estimate, SelectionPrice price) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("subtotal", p.amount(price.price().subtotal()));
        if (estimate.contingency() != null) {
            lines.put("contingency", p.amount(price.price().contingency()));
        }
        for (int i = 0; i < price.price().adjustments().size(); i++) {
            lines.put("adjustment-" + i, p.signed(price.price().adjustments().get(i).amount()));
        }
        lines.put("net", p.amount(price.price().net()));
        if (estimate.tax() != null) {
            lines.put("tax", p.amount(price.price().tax()));
        }
        lines.put("total", p.amount(price.price().total()));
        if (price.billing().billing() == ContingencyBilling.ON_APPROVAL) {
            lines.put("billed", p.amount(price.billing().billedTotal()));
        }
        for (int i = 0; i < price.milestones().size(); i++) {
            lines.put("milestone-" + i, p.amount(price.milestones().get(i).amount()));
        }
        lines.replaceAll((line, text) -> HtmlSamples.flat(text));
        return lines;
    }

    /** The calculator's totals of the variant: the quote's, or the alternative's. */
    private static EstimateTotals variantTotals(ExportRequest request, ProposalChoices.Variant variant) {
        return variant.alternative() == null ? request.totals() : request.totals().alternatives().stream()
                .filter(a -> a.alternative().id().equals(variant.alternativeId())).findFirst().orElseThrow().totals();
    }

    /**
     * The range sentence the price section would print for this selection: the calculator's range
     * method over the selection priced (its kept items, its price; a contingency that is not a
     * percentage held at the variant's amount, as the selection's price holds it).
     */
    private static String expectedRange(Phrasing p, ExportRequest request, ProposalChoices.Variant variant,
                                        EstimateTotals totals, Set<String> leftOut, SelectionPrice price) {
        Estimate applied = variant.estimate();
        Estimate resolved = applied;
        if (applied.contingency() != null && applied.contingency().method() == ContingencyMethod.SIMULATION) {
            resolved = applied.withContingency(new Contingency(ContingencyMethod.AMOUNT, null, totals.contingency(),
                    applied.contingency().explanation(), applied.contingency().confidence()));
        }
        Map<String, ItemTotal> kept = new LinkedHashMap<>();
        applied.allItems().filter(i -> !i.isRecurring() && !leftOut.contains(i.id()))
                .forEach(i -> kept.put(i.id(), totals.item(i.id())));
        TotalRange range = RangeMethod.pert().range(
                new PricedEstimate(resolved, totals.rounding(), kept, price.price(), totals.riskExposures()));
        if (leftOut.isEmpty()) {
            // The whole variant: exactly the range the calculator gave it.
            assertEquals(totals.range().optimistic(), range.optimistic());
            assertEquals(totals.range().pessimistic(), range.pessimistic());
        }
        if (request.totals().simulation() == null || range.optimistic().compareTo(range.pessimistic()) == 0) {
            return "";
        }
        return HtmlSamples.flat(p.text("summary.threePointSimulated", p.amount(range.optimistic()),
                p.amount(range.pessimistic())));
    }

    /** The recurring rows the page must show: each charge, what recurs per period, the one-time price, the TCO. */
    private static Map<String, String> expectedRecurring(Phrasing p, Estimate estimate, EstimateTotals totals,
                                                         SelectionPrice price, boolean everything) {
        RecurringTotals recurring = totals.recurring();
        Map<String, String> rows = new LinkedHashMap<>();
        if (!recurring.hasRecurring()) {
            return rows;
        }
        for (int i = 0; i < recurring.charges().size(); i++) {
            RecurringCharge charge = recurring.charges().get(i);
            rows.put("charge-" + i, charge.charges() + " \u00d7 " + p.amount(charge.total()) + " | "
                    + p.amount(charge.termTotal()));
        }
        String perCharge = estimate.tax() == null ? p.text("recurring.perCharge")
                : p.text("recurring.perChargeWithTax", estimate.tax().name());
        for (PeriodCharge period : recurring.perPeriod()) {
            rows.put("every-" + period.every().fileName(), perCharge + " | " + p.amount(period.total()));
        }
        BigDecimal tco = price.price().total().add(recurring.recurringTotal());
        if (everything) {
            assertEquals(recurring.totalCostOfOwnership(), tco, "the TCO of the whole variant");
        }
        rows.put("one-time", " | " + p.amount(price.price().total()));
        rows.put("recurring", " | " + p.amount(recurring.recurringTotal()));
        rows.put("tco", " | " + p.amount(tco));
        rows.replaceAll((line, text) -> HtmlSamples.flat(text));
        return rows;
    }

    /**
     * What the budget box must show for {@code budget}: the budget fit's own result for the client
     * (grand total, the default number of candidates), phrased as the document's budget section.
     */
    private static List<String> expectedFit(Phrasing p, Estimate estimate, BigDecimal budget) {
        BudgetFit fit = BudgetFit.search(estimate, budget, PriceBasis.GROSS, ProposalData.FIT_TOP, Audience.CLIENT);
        List<String> out = new ArrayList<>();
        String basis = p.text("budget.basis.gross");
        FitCandidate quote = fit.baseline();
        // The panel names the baseline: "the quote as it stands" read as the selection shown above it.
        out.add(quote.fits() ? p.text("proposal.budgetIntroWithin", p.amount(budget), basis, p.amount(quote.amount()))
                : p.text("proposal.budgetIntro", p.amount(budget), basis, p.amount(quote.amount()), p.amount(quote.gap())));
        out.add(p.text("budget.how"));
        if (!fit.anyFits()) {
            out.add(p.text("budget.nothingFits", p.amount(budget)));
        }
        List<ProposalChoices.Variant> variants = ProposalChoices.of(estimate).variants();
        for (FitCandidate candidate : fit.anyFits() ? fit.fits() : fit.nearest()) {
            List<String> lines = new ArrayList<>();
            List<String> titles = candidate.dropped().stream().map(LineItem::title).toList();
            String base = candidate.alternative().map(Alternative::name).orElse(p.text("budget.asQuoted"));
            lines.add((titles.isEmpty() ? base : p.text("budget.without", base, p.list(titles))) + " "
                    + p.amount(candidate.amount()));
            if (!candidate.fits()) {
                lines.add(p.text("budget.over", p.amount(candidate.gap())));
            }
            candidate.alternative().map(Alternative::givesUp).filter(t -> !t.isBlank())
                    .ifPresent(t -> lines.add(p.text("budget.givesUp", t)));
            if (!titles.isEmpty()) {
                lines.add(p.text("budget.leavesOut", p.sentence(titles)));
            }
            candidate.alternative().map(Alternative::gains).filter(t -> !t.isBlank())
                    .ifPresent(t -> lines.add(p.text("budget.gains", t)));
            if (candidate.saving().signum() > 0) {
                lines.add(p.text("budget.saving", p.amount(candidate.saving())));
            }
            int v = candidate.alternative().map(a -> estimate.alternatives().indexOf(a) + 1).orElse(0);
            List<String> optional = variants.get(v).optional().stream().map(LineItem::id).toList();
            int dropped = candidate.dropped().stream().mapToInt(i -> 1 << optional.indexOf(i.id())).sum();
            out.add(String.join(" / ", lines) + " @" + v + ":" + dropped);
        }
        return out.stream().map(HtmlSamples::flat).toList();
    }

    /** Types each budget into the page's box and compares what it lists with the budget fit's result. */
    private static int checkBudgets(ExportRequest request, List<BigDecimal> budgets) {
        Estimate estimate = request.estimate();
        Phrasing p = Phrasing.of(estimate);
        for (BigDecimal budget : budgets) {
            List<String> shown = browser.budget(p.amount(budget));
            assertEquals(expectedFit(p, estimate, budget), shown, "budget " + budget);
            assertFalse(String.join(" ", shown).toLowerCase(java.util.Locale.ROOT).contains("walk"), "walk-away mentioned");
        }
        return budgets.size();
    }

    /** Budgets around the quote's grand total: fractions of it, rounded down to the minor unit. */
    private static List<BigDecimal> budgetsAround(BigDecimal quote, double... fractions) {
        List<BigDecimal> budgets = new ArrayList<>();
        for (double fraction : fractions) {
            budgets.add(quote.multiply(BigDecimal.valueOf(fraction)).setScale(quote.scale(), java.math.RoundingMode.DOWN));
        }
        return budgets;
    }

    /** Every mask over {@code count} items, or all-kept, none-kept and random ones when there are too many. */
    private static List<BigInteger> combinations(int count, Random random, int allUpTo, int randomCombinations) {
        List<BigInteger> masks = new ArrayList<>();
        if (count <= allUpTo) {
            for (int mask = (1 << count) - 1; mask >= 0; mask--) {
                masks.add(BigInteger.valueOf(mask));
            }
            return masks;
        }
        masks.add(BigInteger.ONE.shiftLeft(count).subtract(BigInteger.ONE));
        masks.add(BigInteger.ZERO);
        for (int i = 0; i < randomCombinations; i++) {
            masks.add(new BigInteger(count, random));
        }
        return masks;
    }

    /** The estimate in English, Italian or Japanese, so that amounts are written in each locale's way. */
    private static Estimate inLanguage(Estimate estimate, Random random) {
        String language = List.of("en", "it", "ja").get(random.nextInt(3));
        Header h = estimate.header();
        return estimate.withHeader(new Header(h.title(), h.purpose(), h.client(), h.provider(), h.author(), h.currency(),
                language, null, h.issueDate(), h.validUntil(), h.revision(), h.estimateClass(), h.accuracy()));
    }

    /** Up to three alternatives: dropping a required item, changing a fixed quantity, one based on another. */
    private static Estimate withAlternatives(Estimate estimate, Random random) {
        List<LineItem> items = estimate.allItems().filter(i -> !i.isRecurring()).toList();
        List<Alternative> alternatives = new ArrayList<>();
        List<String> droppedBy = new ArrayList<>();
        int count = random.nextInt(4);
        for (int a = 0; a < count; a++) {
            List<Change> changes = new ArrayList<>();
            String basedOn = a > 0 && random.nextBoolean() ? "alt" + (a - 1) : null;
            LineItem dropped = items.get(random.nextInt(items.size()));
            boolean drop = items.size() > 1 && basedOn == null;
            if (drop) {
                changes.add(new Change.Drop(dropped.id()));
            }
            LineItem changed = items.get(random.nextInt(items.size()));
            boolean gone = (drop && changed.id().equals(dropped.id()))
                    || (basedOn != null && changed.id().equals(droppedBy.get(a - 1)));
            if (!gone) {
                changes.add(new Change.ChangeQuantity(changed.id(),
                        new Quantity.Fixed(BigDecimal.valueOf(1 + random.nextInt(400), random.nextInt(3)))));
            }
            droppedBy.add(drop ? dropped.id() : basedOn != null ? droppedBy.get(a - 1) : "");
            alternatives.add(new Alternative("alt" + a, "Alternative " + a, "why", "gains", "gives up", basedOn, changes));
        }
        return estimate.withAlternatives(alternatives);
    }

    private static byte[] export(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter(true).write(request, out);
        return out.toByteArray();
    }
}
