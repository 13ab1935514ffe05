package dev.estimator.export.xlsx;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helpers: a workbook written to memory and read back with POI's own (non-streaming) reader,
 * and the figures the calculator says each named cell must hold.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static byte[] export(Estimate estimate, Audience audience) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new WorkbookExporter().write(ExportRequest.of(estimate, audience), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every named figure of the workbook and the calculator's value for it: the whole price
     * chain, each group's subtotal, each adjustment, milestone, risk, assumption impact, the range
     * and each alternative's total and difference.
     */
    static Map<String, BigDecimal> expectedFigures(Estimate estimate, EstimateTotals totals) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("Price_Subtotal", totals.subtotal());
        if (estimate.contingency() != null) {
            expected.put("Price_Contingency", totals.contingency());
        }
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            expected.put(name("Adjustment", adjustment.adjustment().id(), "_Amount"), adjustment.amount());
        }
        expected.put("Price_Net", totals.net());
        if (estimate.tax() != null) {
            expected.put("Price_Tax", totals.tax());
        }
        expected.put("Price_Total", totals.grandTotal());
        if (estimate.allItems().anyMatch(dev.estimator.core.model.LineItem::optional)) {
            expected.put("Price_TotalWithoutOptional", totals.totalWithoutOptional());
        }
        expected.put("Risks_ExpectedCost", totals.expectedRiskCost());
        for (GroupTotal group : totals.allGroups()) {
            expected.put(name("Group", group.groupId(), "_Subtotal"), group.amount());
        }
        for (int i = 0; i < totals.milestones().size(); i++) {
            expected.put(name("Milestone", String.valueOf(i + 1), "_Amount"), totals.milestones().get(i).amount());
        }
        for (RiskExposure risk : totals.riskExposures()) {
            expected.put(name("Risk", risk.risk().id(), "_ExpectedCost"), risk.expectedCost());
        }
        for (AssumptionImpact impact : totals.assumptionImpacts()) {
            if (impact.amount() != null) {
                expected.put(name("Assumption", impact.assumption().id(), "_Impact"), impact.amount());
            }
        }
        expected.put("Range_StdDeviation", totals.range().standardDeviation());
        expected.put("Range_Optimistic", totals.range().optimistic());
        if (!SimulationTable.ran(totals.simulation())) {   // else the simulation's percentiles stand alone
            expected.put("Range_P80", totals.range().p80());
        }
        expected.put("Range_Pessimistic", totals.range().pessimistic());
        expected.put("Range_ClassLow", totals.range().classLow());
        expected.put("Range_ClassHigh", totals.range().classHigh());
        for (AlternativeTotals alternative : totals.alternatives()) {
            expected.put(name("Alternative", alternative.alternative().id(), "_Total"), alternative.totals().grandTotal());
            expected.put(name("Alternative", alternative.alternative().id(), "_Delta"), alternative.delta());
        }
        recurring(totals, expected);
        totals.internal().ifPresent(internal -> {
            expected.put("Internal_Cost", internal.cost());
            expected.put("Internal_Margin", internal.margin());
            expected.put("Internal_MarginPercent", internal.marginPercent());
            for (dev.estimator.core.calc.GroupMargin group : internal.groups()) {
                expected.put(name("Margin", group.groupId(), ""), group.margin());
                expected.put(name("Margin", group.groupId(), "_Percent"), group.marginPercent());
            }
        });
        totals.negotiation().ifPresent(negotiation -> {
            putIfStated(expected, "Internal_NetVersusTarget", negotiation.netVersusTarget());
            putIfStated(expected, "Internal_NetVersusWalkAway", negotiation.netVersusWalkAway());
            putIfStated(expected, "Internal_NetAtMaxDiscount", negotiation.netAtMaxDiscount());
        });
        return expected;
    }

    /** The recurring part: the Recurring sheet's figures, and each alternative's TCO and its difference. */
    private static void recurring(EstimateTotals totals, Map<String, BigDecimal> expected) {
        var recurring = totals.recurring();
        if (recurring.hasRecurring()) {
            expected.put("Recurring_Net", recurring.recurringNet());
            expected.put("Recurring_Tax", recurring.recurringTax());
            expected.put("Recurring_Total", recurring.recurringTotal());
            for (var period : recurring.perPeriod()) {
                String every = period.every().fileName();
                expected.put("Recurring_" + Character.toUpperCase(every.charAt(0)) + every.substring(1), period.total());
            }
            for (var year : recurring.years()) {
                expected.put("Recurring_Year" + year.year() + "_Total", year.total());
            }
            expected.put("Recurring_TCO", totals.totalCostOfOwnership());
        }
        if (recurring.hasRecurring() || totals.alternatives().stream().anyMatch(a -> a.totals().recurring().hasRecurring())) {
            for (AlternativeTotals alternative : totals.alternatives()) {
                expected.put(name("Alternative", alternative.alternative().id(), "_TCO"),
                        alternative.totals().totalCostOfOwnership());
                expected.put(name("Alternative", alternative.alternative().id(), "_TCODelta"),
                        alternative.totalCostOfOwnershipDelta());
            }
        }
    }

    private static void putIfStated(Map<String, BigDecimal> expected, String name, BigDecimal value) {
        if (value != null) {
            expected.put(name, value);
        }
    }

    /** A spreadsheet number as the exact amount it stands for, at the given scale. */
    static BigDecimal atScale(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    /** A defined name as the workbook spells it: the id with anything but ASCII letters and digits as "_". */
    static String name(String prefix, String id, String suffix) {
        return prefix + "_" + id.replaceAll("[^A-Za-z0-9]", "_") + suffix;
    }
}
