package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escaping for HTML and CSS, the print frame's page counter and the chart's bar lengths. */
class HtmlTextTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "html   | Harbour & Hearth          | Harbour &amp; Hearth",
        "html   | <b>bold</b>               | &lt;b&gt;bold&lt;/b&gt;",
        "html   | say \"hi\" it's           | say &quot;hi&quot; it's",
        "html   | `a\r\nb\rc`               | `a\nb\nc`",
        "html   | `bell\u0007 and \u0085`   | `bell\uFFFD and \uFFFD`",
        "html   | € ¥ 日本 😀               | € ¥ 日本 😀",
        "breaks | `line one\nline <two>`    | `line one<br>line &lt;two&gt;`",
        "css    | Online shop               | `\"Online shop\"`",
        "css    | `say \"hi\" \\ </style>`  | `\"say \\22 hi\\22  \\5C  \\3C /style\\3E \"`",
        "css    | `two\nlines`              | `\"two\\A lines\"`",
        "page   | Page {0} of {1}           | `\"Page \" counter(page) \" of \" counter(pages)`",
        "page   | Pagina {0} di {1}         | `\"Pagina \" counter(page) \" di \" counter(pages)`",
        "page   | {0} / {1} ページ          | `counter(page) \" / \" counter(pages) \" ページ\"`",
    })
    void escapesEveryTextForWhereItGoes(String where, String text, String expected) {
        assertEquals(expected, switch (where) {
            case "html" -> HtmlText.escape(text);
            case "breaks" -> HtmlText.withBreaks(text);
            case "css" -> HtmlText.cssString(text);
            case "page" -> PrintFrame.pageCounter(text);
            default -> throw new IllegalArgumentException(where);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "50230.00, 50230.00, 100",
        "12800.10, 50230.00, 25.48",
        "0, 50230.00, 0",
        "-5, 50230.00, 0",
        "5, 0, 0",
    })
    void barsAreProportionalToTheLargest(BigDecimal value, BigDecimal largest, String percent) {
        assertEquals(percent, BarChartSvg.length(value, largest));
    }

    @org.junit.jupiter.api.Test
    void aSignedFigureStaysOnOneLineAndOtherTextIsUntouched() {
        org.junit.jupiter.api.Assertions.assertEquals("A (if not: <span class=\"nowrap\">+\u20ac2,600.00)</span>",
                HtmlText.withBreaks("A (if not: +\u20ac2,600.00)"));
        org.junit.jupiter.api.Assertions.assertEquals("<span class=\"nowrap\">\u2212\u00a53,092,067</span><br>next",
                HtmlText.withBreaks("\u2212\u00a53,092,067\nnext"));
        org.junit.jupiter.api.Assertions.assertEquals("Lean-launch, a + b, C++ &amp; D",
                HtmlText.withBreaks("Lean-launch, a + b, C++ & D"));
    }
}
