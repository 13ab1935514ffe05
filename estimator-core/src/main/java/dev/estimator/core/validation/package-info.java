/**
 * Validation that helps: Jakarta Validation field rules on the model plus the cross-checks a
 * field rule cannot express (ids, references, ordering, sums, alternatives). Every problem is a
 * {@link dev.estimator.core.validation.Problem} naming the file, line and column, and the field's
 * path in the estimate (e.g. {@code breakdown.backend.items[2].quantity.pessimistic}), in plain words.
 *
 * <p>Validation works on the model only and knows nothing of the file format; the format
 * ({@code core.format}) uses validation, never the other way round.
 */
package dev.estimator.core.validation;
