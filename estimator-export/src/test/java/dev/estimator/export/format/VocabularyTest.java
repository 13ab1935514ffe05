package dev.estimator.export.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource({
            "en, 1,    PIECES,   piece",
            "en, 1.00, DAYS,     day",
            "en, 2,    PIECES,   pieces",
            "en, 0.5,  DAYS,     days",
            "en, 1,    LUMP_SUM, lump sum",
            "it, 1,    MONTHS,   mese",
            "it, 12,   MONTHS,   mesi",
            "ja, 1,    PIECES,   個",
            "ja, 3,    DAYS,     人日",
    })
    void unitsReadNaturallyAfterTheirQuantity(String language, String quantity, Unit unit, String expected) {
        assertEquals(expected, Vocabulary.forLanguage(language).unit(unit, new BigDecimal(quantity)));
    }
}
