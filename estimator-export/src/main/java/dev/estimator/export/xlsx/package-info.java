/**
 * The Excel workbook: a live cost model of one estimate, in the estimate's language and currency.
 *
 * <p>{@link dev.estimator.export.xlsx.WorkbookExporter} is the entry point. Each sheet has its
 * own builder; {@code BreakdownLayout} plans where items and subtotals sit so the other sheets can
 * refer to them, {@code PriceChain} writes the subtotal-to-total formulas the Summary, the range
 * and the alternatives share, and {@code DefinedNames} names the input and result cells. Internal
 * sheets and columns are built only for the internal audience.
 */
package dev.estimator.export.xlsx;
