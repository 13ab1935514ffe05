/**
 * The cost explanation PDF: {@link dev.estimator.export.pdf.PdfExporter} writes one estimate as a
 * document a client's manager can follow, section by section, in the estimate's language, with
 * the look given by a {@link dev.estimator.export.pdf.Theme}. Sections are small classes behind
 * {@code DocumentSection}; {@code Typesetter} and {@code Table} set text and tables ({@code DrawnText}
 * breaks and draws the plain cells of the item cards and long tables itself, once), {@code PageFrame}
 * draws headers, footers, bookmarks and the INTERNAL banner, {@code CostChart} draws the vector chart.
 */
package dev.estimator.export.pdf;
