/**
 * Negotiation aids computed from one estimate: {@link dev.estimator.core.negotiation.BudgetFit}
 * (which combinations of an alternative and optional items land within a client's budget) and
 * {@link dev.estimator.core.negotiation.OfferCheck} (what a counter-offer means against the target
 * and walk-away price, internal). Results are records of figures from the calculator; wording and
 * formatting belong to the renderers.
 */
package dev.estimator.core.negotiation;
