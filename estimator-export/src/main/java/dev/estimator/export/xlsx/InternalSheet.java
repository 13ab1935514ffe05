package dev.estimator.export.xlsx;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupMargin;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.model.InternalSection;
import dev.estimator.export.document.Phrasing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The provider's own figures: cost, margin, target and walk-away price, the largest discount
 * allowed, internal notes, and each group's cost and margin. Built only for the internal audience: the client's workbook never
 * has this sheet, not even hidden.
 */
final class InternalSheet {

    private static final int VALUE = 2;
    private static final int COST = 3;
    private static final int MARGIN = 4;
    private static final int MARGIN_PERCENT = 5;

    private InternalSheet() {
    }

    static void write(WorkbookContext context) {
        SheetWriter sheet = context.sheets().internal();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        EstimateTotals totals = context.totals();
        DefinedNames names = context.names();
        SheetFrame.widths(sheet, 4, 44, 18, 18, 18, 12);
        SheetFrame.titles(context, sheet, text.text("title.internal"));
        sheet.text(2, 0, text.label("label.internalOnly"), styles.warning);
        int row = 4;
        row = line(sheet, styles, row, text.label("label.net"));
        sheet.formula(row - 1, VALUE, DefinedNames.NET, totals.net(), styles.moneyBold);
        Optional<InternalTotals> internal = totals.internal();
        if (internal.isPresent()) {
            row = line(sheet, styles, row, text.text("label.totalCost"));
            sheet.formula(row - 1, VALUE, DefinedNames.TOTAL_COST,
                    internal.get().cost(), styles.money);
            int cost = row - 1;
            row = line(sheet, styles, row, text.label("label.margin"));
            sheet.formula(row - 1, VALUE, DefinedNames.NET + "-" + SheetWriter.local(cost, VALUE),
                    internal.get().margin(), styles.moneyBold);
            names.define(DefinedNames.MARGIN, sheet.absolute(row - 1, VALUE));
            row = line(sheet, styles, row, text.label("label.marginPercent"));
            sheet.formula(row - 1, VALUE, "IF(" + DefinedNames.NET + "=0,0,ROUND(" + DefinedNames.MARGIN + "*100/"
                    + DefinedNames.NET + ",2))", internal.get().marginPercent(), styles.share);
            names.define(DefinedNames.MARGIN_PERCENT, sheet.absolute(row - 1, VALUE));
        }
        InternalSection section = context.estimate().internal();
        Optional<NegotiationFigures> negotiation = totals.negotiation();
        if (section != null && negotiation.isPresent()) {
            NegotiationFigures figures = negotiation.get();
            row++;
            row = money(sheet, styles, row, text.label("label.targetPrice"), figures.targetPrice());
            if (figures.targetPrice() != null) {
                row = line(sheet, styles, row, text.label("label.netOverTarget"));
                sheet.formula(row - 1, VALUE, DefinedNames.NET + "-" + SheetWriter.local(row - 2, VALUE),
                        figures.netVersusTarget(), styles.money);
                names.define(DefinedNames.NET_VERSUS_TARGET, sheet.absolute(row - 1, VALUE));
            }
            row = money(sheet, styles, row, text.label("label.walkAwayPrice"), figures.walkAwayPrice());
            if (figures.walkAwayPrice() != null) {
                row = line(sheet, styles, row, text.label("label.netOverWalkAway"));
                sheet.formula(row - 1, VALUE, DefinedNames.NET + "-" + SheetWriter.local(row - 2, VALUE),
                        figures.netVersusWalkAway(), styles.money);
                names.define(DefinedNames.NET_VERSUS_WALK_AWAY, sheet.absolute(row - 1, VALUE));
            }
            if (figures.maxDiscountPercent() != null) {
                row = line(sheet, styles, row, text.label("label.maxDiscount"));
                sheet.number(row - 1, VALUE, figures.maxDiscountPercent(), styles.percentInput);
                int max = row - 1;
                row = line(sheet, styles, row, text.label("label.priceAtMaxDiscount"));
                sheet.formula(row - 1, VALUE, DefinedNames.NET + "-" + context.round(DefinedNames.NET + "*"
                        + SheetWriter.local(max, VALUE) + "/100"), figures.netAtMaxDiscount(), styles.money);
                names.define(DefinedNames.NET_AT_MAX_DISCOUNT, sheet.absolute(row - 1, VALUE));
            }
            if (section.notes() != null && !section.notes().isBlank()) {
                row++;
                sheet.text(row, 1, text.label("label.internalNotes"), styles.label);
                row++;
                sheet.merged(row, 1, 3, section.notes(), styles.wrap);
                row++;
            }
        }
        if (internal.isPresent() && !internal.get().groups().isEmpty()) {
            row = groupMargins(context, sheet, row + 1, internal.get().groups());
        }
        SheetFrame.finish(context, sheet, -1, 0, internal.isPresent() ? MARGIN_PERCENT : 3, row);
    }

    /**
     * Each group's price, cost and margin, as the PDF lists them: the price and cost refer to the
     * group's subtotal row on the Breakdown, the margin follows from them.
     */
    private static int groupMargins(WorkbookContext context, SheetWriter sheet, int start, List<GroupMargin> groups) {
        Phrasing phrasing = context.phrasing();
        WorkbookStyles styles = context.styles();
        DefinedNames names = context.names();
        BreakdownLayout layout = context.layout();
        int row = start;
        sheet.text(row++, 1, phrasing.text("internal.groupMargins"), styles.subtitle);
        SheetFrame.headerRow(context, sheet, row++, java.util.Arrays.asList(null, phrasing.label("group"),
                phrasing.label("amount"), phrasing.label("cost"), phrasing.label("margin"), phrasing.label("marginPercent")),
                List.of(VALUE, COST, MARGIN, MARGIN_PERCENT));
        for (GroupMargin group : groups) {
            sheet.text(row, 1, "    ".repeat(group.depth()) + group.title(), styles.wrap);
            sheet.formula(row, VALUE, names.of("Group", group.groupId(), "_Subtotal"), group.price(), styles.money);
            sheet.formula(row, COST, context.sheets().breakdown().ref(layout.group(group.groupId()).subtotal(),
                    layout.cost), group.cost(), styles.money);
            String price = SheetWriter.local(row, VALUE);
            String margin = SheetWriter.local(row, MARGIN);
            sheet.formula(row, MARGIN, context.round(price + "-" + SheetWriter.local(row, COST)), group.margin(),
                    styles.money);
            names.define(names.of("Margin", group.groupId()), sheet.absolute(row, MARGIN));
            sheet.formula(row, MARGIN_PERCENT, "IF(" + price + "=0,0,ROUND(" + margin + "*100/" + price + ",2))",
                    group.marginPercent(), styles.share);
            names.define(names.of("Margin", group.groupId(), "_Percent"), sheet.absolute(row, MARGIN_PERCENT));
            row++;
        }
        return row;
    }

    private static int line(SheetWriter sheet, WorkbookStyles styles, int row, String label) {
        sheet.text(row, 1, label, styles.label);
        return row + 1;
    }

    private static int money(SheetWriter sheet, WorkbookStyles styles, int row, String label, BigDecimal value) {
        if (value == null) {
            return row;
        }
        sheet.text(row, 1, label, styles.label);
        sheet.number(row, VALUE, value, styles.moneyInput);
        return row + 1;
    }
}
