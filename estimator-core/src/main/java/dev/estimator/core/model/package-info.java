/**
 * The estimate model: immutable records for one revision of a quote, from its header and rate
 * card through the breakdown tree, assumptions, risks, adjustments and alternatives.
 *
 * <p>Required fields may hold {@code null} so that a half-written file can still be modelled and
 * every problem reported at once; {@link dev.estimator.core.validation.EstimateValidator} is what
 * says whether an estimate is complete. Components annotated {@link Internal} never reach a
 * client-facing document: {@link Estimate#redactedFor(Audience)} removes them.
 */
package dev.estimator.core.model;
