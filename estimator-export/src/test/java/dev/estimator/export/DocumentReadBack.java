package dev.estimator.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a person or a program finds in an exported document, read back with a reader independent
 * of the exporter: PDFBox for a PDF, POI for a workbook, jsoup for HTML. A new format needs its
 * reader here, so that the exporter contract can check it.
 *
 * @param text    every text the document shows, whitespace made plain (no-break spaces become spaces)
 * @param numbers every number stored as a number (a workbook's cells), as written
 */
public record DocumentReadBack(String text, List<BigDecimal> numbers) {

    public static DocumentReadBack of(String format, byte[] bytes) {
        return switch (format) {
            case "pdf" -> pdf(bytes);
            case "xlsx" -> workbook(bytes);
            case "html" -> new DocumentReadBack(plain(org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8))
                    .text()), List.of());
            default -> throw new AssertionError("no reader for format " + format + "; add one to DocumentReadBack");
        };
    }

    /** {@code value} with every kind of space as one plain space, as the readers may give it. */
    public static String plain(String value) {
        return value.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replaceAll("[ \\t]+", " ");
    }

    /** Whether the document shows {@code figure}: as printed text, or (in a workbook) as a stored number. */
    public boolean shows(String printed, BigDecimal value) {
        if (text.contains(plain(printed))) {
            return true;
        }
        return numbers.stream().anyMatch(n -> n.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP).compareTo(value) == 0);
    }

    private static DocumentReadBack pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new DocumentReadBack(plain(new PDFTextStripper().getText(document)), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentReadBack workbook(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        List<BigDecimal> numbers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        } else if (type == CellType.NUMERIC) {
                            numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()));
                        }
                    }
                }
            }
            workbook.getProperties().getCoreProperties();
            text.append(workbook.getProperties().getCoreProperties().getTitle()).append('\n')
                    .append(workbook.getProperties().getCoreProperties().getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentReadBack(plain(text.toString()), numbers);
    }
}
