/**
 * The estimate file format: YAML, or JSON with the same structure (schema in
 * {@code estimate.schema.json}, also inside this jar). {@link dev.estimator.core.format.EstimateFiles}
 * reads, checks and writes files; reading keeps every value's line and column so that problems
 * point at the exact place, and a file written by the tool reads back to an equal model.
 */
package dev.estimator.core.format;
