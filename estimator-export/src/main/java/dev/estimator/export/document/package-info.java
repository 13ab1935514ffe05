/**
 * The document model: what a cost explanation says, decided once for every format.
 *
 * <p>{@link dev.estimator.export.document.DocumentBuilder} turns an
 * {@link dev.estimator.export.ExportRequest} into a {@link dev.estimator.export.document.Document}:
 * its sections in order, each a list of {@link dev.estimator.export.document.Block}s (paragraphs,
 * bullet lists, tables, charts as data), with every sentence already in the estimate's language
 * and every figure already formatted by {@link dev.estimator.export.document.Phrasing}. The PDF and
 * HTML renderers lay that model out; the workbook and the command line take their wording from
 * {@code Phrasing}. Nothing here computes money: every figure is the calculator's.
 */
package dev.estimator.export.document;
