package dev.estimator.export.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its {@code chromium-driver} by Selenium, on an
 * interactive proposal page: chooses, switches, reads the figures the page shows, accepts.
 * Nothing is downloaded: the browser and the driver are the system's.
 */
final class ProposalBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** The price lines and milestones, {@code [data-line, amount]} each (a script expression). */
    private static final String FIGURES = "Array.from(document.querySelectorAll('#proposal-price tr, #proposal-milestones tr'))"
            + ".map(tr => [tr.dataset.line, tr.querySelector('td.num:last-child').textContent])";
    /** The range sentence, then each recurring row's detail and amount, {@code [data-line, text]} each. */
    private static final String RANGE_AND_RECURRING = "(() => { const p = document.getElementById('proposal-range');"
            + " return [['range', p.hidden ? '' : p.textContent]].concat("
            + "Array.from(document.querySelectorAll('#proposal-recurring tr')).map(tr => [tr.dataset.line,"
            + " (tr.querySelector('.proposal-detail')?.textContent || '') + ' | ' + tr.querySelector('td.num').textContent])); })()";
    /** The on-approval sentence, empty when hidden. */
    private static final String ON_APPROVAL = "(() => { const p = document.getElementById('proposal-on-approval');"
            + " return p.hidden ? '' : p.textContent; })()";
    /** Each item row, {@code [data-line, data-state]}. */
    private static final String ITEM_STATES =
            "Array.from(document.querySelectorAll('#proposal-items tr')).map(tr => [tr.dataset.line, tr.dataset.state])";
    /** Whether an element is displayed, as WebDriver's {@code isDisplayed} tells (a script function of one element). */
    private static final String VISIBLE = "(e => e.checkVisibility({opacityProperty: true, visibilityProperty: true}))";
    /**
     * What a reader sees of an element, as WebDriver's {@code getText} gives it: nothing when it
     * is not displayed, else its rendered text, trimmed (a script function of one element).
     */
    private static final String SEEN = "(e => " + VISIBLE + "(e) ? e.innerText.trim() : '')";
    /** A script expression: the panel as an object of the parts {@link #shown(Object)} reads. */
    private static final String SHOWN = "{figures: " + FIGURES + ", items: " + ITEM_STATES + ", total: " + SEEN
            + "(document.getElementById('proposal-total')), extras: " + RANGE_AND_RECURRING + ", onApproval: " + ON_APPROVAL + "}";

    private final ChromeDriver driver;

    private ProposalBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether Chromium and its driver are installed ({@code .ci/run} installs both). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    static String unavailableReason() {
        return "Chromium and chromium-driver are needed at " + CHROMIUM + " and " + DRIVER
                + " (Debian packages chromium, chromium-driver; .ci/run installs them)";
    }

    static ProposalBrowser open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return new ProposalBrowser(driver);
    }

    /** Opens {@code page} from the file system and checks that the script ran. */
    void load(Path page) {
        driver.get(page.toUri().toString());
        Object shown = js("return document.getElementById('proposal-panel').hidden === false"
                + " && document.querySelectorAll('#proposal-price tr').length > 0;");
        if (!Boolean.TRUE.equals(shown)) {
            throw new AssertionError("the proposal's script did not run on " + page);
        }
    }

    /** Clicks the radio button of variant {@code index} (0 the baseline). */
    void choose(int index) {
        driver.findElements(By.cssSelector("#proposal-variants input[type=radio]")).get(index).click();
    }

    /** Sets the optional item on row {@code row} of the items table, by clicking its switch if needed. */
    void keep(int row, boolean kept) {
        WebElement box = driver.findElement(By.cssSelector("#proposal-items tr[data-line='item-" + row + "'] input"));
        if (box.isSelected() != kept) {
            box.click();
        }
    }

    /** The figures the page shows: price lines and milestones by their {@code data-line}, as text. */
    Map<String, String> figures() {
        return rows("return " + FIGURES + ";");
    }

    /**
     * In one round trip: {@code range} to the range sentence under the price ("" when none is
     * shown), then each row of the recurring table, {@code data-line} to its detail and amount
     * ("36 × €981.54 | €35,335.44").
     */
    Map<String, String> rangeAndRecurring() {
        return rows("return " + RANGE_AND_RECURRING + ";");
    }

    /** The sentence on what is invoiced only if the contingency is drawn; empty when hidden. */
    String onApproval() {
        return HtmlSamples.flat((String) js("return " + ON_APPROVAL + ";"));
    }

    /** Rows a script returns as {@code [line, text]} pairs, by line, the text flattened. */
    private Map<String, String> rows(String script) {
        return flatRows(js(script));
    }

    /** {@code [line, text]} pairs by line, the text flattened. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> flatRows(Object pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        ((List<List<String>>) pairs).forEach(r -> out.put(r.get(0), HtmlSamples.flat(r.get(1))));
        return out;
    }

    /** Whether the budget box is offered. */
    boolean budgetOffered() {
        return driver.findElement(By.id("proposal-budget-box")).isDisplayed();
    }

    /** Types {@code budget} into the budget box and presses Enter; the paragraphs and candidates shown, as text. */
    @SuppressWarnings("unchecked")
    List<String> budget(String budget) {
        WebElement input = driver.findElement(By.id("proposal-budget"));
        input.clear();
        input.sendKeys(budget, org.openqa.selenium.Keys.ENTER);
        List<String> shown = (List<String>) js(
                "return Array.from(document.querySelectorAll('#proposal-fit > p, #proposal-fit li'))"
                        + ".map(e => e.tagName === 'LI' ? Array.from(e.querySelectorAll('p')).map(p => p.textContent).join(' / ')"
                        + " + ' @' + e.dataset.variant + ':' + e.dataset.dropped : e.textContent);");
        return shown.stream().map(HtmlSamples::flat).toList();
    }

    /** Clicks the "Choose this" button of the {@code index}-th candidate listed. */
    void chooseCandidate(int index) {
        driver.findElements(By.cssSelector("#proposal-fit-list .proposal-fit-choose")).get(index).click();
    }

    /** Each row of the items table: {@code data-line} to {@code in} or {@code out}. */
    Map<String, String> itemStates() {
        return itemStates(js("return " + ITEM_STATES + ";"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> itemStates(Object pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        ((List<List<String>>) pairs).forEach(r -> out.put(r.get(0), r.get(1)));
        return out;
    }

    /** The total line under the tables. */
    String totalLine() {
        return HtmlSamples.flat(driver.findElement(By.id("proposal-total")).getText());
    }

    /**
     * Everything the panel shows for the current selection, read in one round trip: the same
     * figures, item states, total line, range and recurring rows and on-approval sentence as
     * {@link #figures()}, {@link #itemStates()}, {@link #totalLine()}, {@link #rangeAndRecurring()}
     * and {@link #onApproval()} read one by one.
     */
    record Shown(Map<String, String> figures, Map<String, String> itemStates, String totalLine,
                 Map<String, String> rangeAndRecurring, String onApproval) {
    }

    /** The panel as {@link Shown}, in one script. */
    Shown shown() {
        return shown(js("return " + SHOWN + ";"));
    }

    @SuppressWarnings("unchecked")
    private static Shown shown(Object script) {
        Map<String, Object> read = (Map<String, Object>) script;
        return new Shown(flatRows(read.get("figures")), itemStates(read.get("items")),
                HtmlSamples.flat((String) read.get("total")), flatRows(read.get("extras")),
                HtmlSamples.flat((String) read.get("onApproval")));
    }

    /**
     * Selects variant {@code variant} and sets the switches of the optional items on
     * {@code optionalRows} ({@code kept} in the same order) in one script, by the element's own
     * {@code click()}: the browser toggles the control and fires {@code click}, {@code input} and
     * {@code change} as for a user's click, so the page's {@code change} handlers run as they do
     * then. A radio button already chosen and a switch already right are left alone, as
     * {@link #choose} and {@link #keep} leave them. Then, in the same script, what the panel
     * shows, as {@link #shown()} reads it.
     */
    Shown select(int variant, List<Integer> optionalRows, List<Boolean> kept) {
        return shown(js("const [variant, rows, kept] = arguments;"
                + " document.querySelectorAll('#proposal-variants input[type=radio]')[variant].click();"
                // Each change redraws the items table: find each switch anew.
                + " rows.forEach((row, j) => { const box = document.querySelector(`#proposal-items tr[data-line='item-${row}'] input`);"
                + " if (box.checked !== kept[j]) { box.click(); } });"
                + " return " + SHOWN + ";", variant, optionalRows, kept));
    }

    /** What "Accept this selection" shows, read in the same round trip: the code, its words, whether its box is shown. */
    record Acceptance(String code, String summary, boolean shown) {
    }

    /** Clicks "Accept this selection" by the button's own {@code click()} and reads the code box in one script. */
    @SuppressWarnings("unchecked")
    Acceptance acceptByScript() {
        Map<String, Object> read = (Map<String, Object>) js("document.getElementById('proposal-accept').click();"
                + " return {code: " + SEEN + "(document.getElementById('proposal-code')),"
                + " summary: document.getElementById('proposal-code-summary').textContent,"
                + " shown: " + VISIBLE + "(document.getElementById('proposal-code-box'))};");
        return new Acceptance((String) read.get("code"), HtmlSamples.flat((String) read.get("summary")),
                (Boolean) read.get("shown"));
    }

    /** Clicks "Accept this selection" and returns the code the page shows. */
    String accept() {
        driver.findElement(By.id("proposal-accept")).click();
        return driver.findElement(By.id("proposal-code")).getText();
    }

    /** The code box's words on what the code accepts. */
    String codeSummary() {
        return HtmlSamples.flat((String) js("return document.getElementById('proposal-code-summary').textContent;"));
    }

    /** Whether the code box is shown. */
    boolean codeShown() {
        return driver.findElement(By.id("proposal-code-box")).isDisplayed();
    }

    /** The element that has the keyboard focus: its id, or its tag and type. */
    String focused() {
        return (String) js("const e = document.activeElement; return e.id || (e.tagName + ':' + (e.type || ''));");
    }

    /** Presses keys on the focused element, as a keyboard would. */
    void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** A picture of the window as it is. */
    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The page as Chromium prints it (print CSS applied), as PDF bytes. */
    byte[] printToPdf() {
        return java.util.Base64.getDecoder().decode(driver.print(new org.openqa.selenium.print.PrintOptions()).getContent());
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
