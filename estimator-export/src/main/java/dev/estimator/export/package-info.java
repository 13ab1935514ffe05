/**
 * Exporters: one estimate in, a client- or internal-facing document out.
 *
 * <p>An {@link dev.estimator.export.Exporter} writes an {@link dev.estimator.export.ExportRequest}
 * (the estimate already redacted for its audience, with its totals) to an {@code OutputStream};
 * {@link dev.estimator.export.AtomicFile} is the one place that turns that into a file.
 * Each format lives in its own package; {@code format} holds what they share: locale-aware money,
 * dates and the names of the model's choices in each language.
 */
package dev.estimator.export;
