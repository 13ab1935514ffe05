package dev.estimator.export.xlsx;

import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The rate card: each role's rate in a named cell ({@code Rate_<role>}) that every labour item's
 * rate is computed from, and the hours in a working day. The internal workbook adds cost rates
 * ({@code Cost_<role>}).
 */
final class RatesSheet {

    private static final int HEADER = SheetFrame.TABLE_HEADER;

    private RatesSheet() {
    }

    static void write(WorkbookContext context) {
        SheetWriter sheet = context.sheets().rates();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        DefinedNames names = context.names();
        boolean internal = context.request().isInternal();
        RateCard rates = context.estimate().rateCard();

        List<String> labels = new ArrayList<>(List.of(text.label("label.id"), text.text("label.role"),
                text.label("label.rate"), text.text("label.per")));
        if (internal) {
            labels.add(text.text("label.costRate"));
        }
        SheetFrame.table(context, sheet, "title.rates", true, labels, List.of(2, 4), 12, 34, 15, 14, 15);
        int row = HEADER + 1;
        for (Role role : rates.roles()) {
            sheet.text(row, 0, role.id(), styles.text);
            sheet.text(row, 1, role.name(), styles.text);
            sheet.number(row, 2, role.rate(), styles.rateInput);
            names.define(names.of("Rate", role.id()), sheet.absolute(row, 2));
            sheet.text(row, 3, role.per() == null ? null : text.name(role.per()), styles.text);
            if (internal && role.cost() != null) {
                sheet.number(row, 4, role.cost(), styles.rateInput);
                names.define(names.of("Cost", role.id()), sheet.absolute(row, 4));
            }
            row++;
        }
        row++;
        sheet.text(row, 1, text.text("label.hoursPerDay"), styles.label);
        sheet.number(row, 2, rates.hoursPerDay(), styles.quantityInput);
        names.define(DefinedNames.HOURS_PER_DAY, sheet.absolute(row, 2));
        SheetFrame.finish(context, sheet, HEADER, 0, internal ? 4 : 3, row);
    }
}
