/**
 * Acceptance of an interactive proposal: the choices a client can make on one revision
 * ({@code ProposalChoices}), the content hash that names that revision ({@code ContentHash}), the
 * short code the page gives for a selection ({@code AcceptanceCode}), and checking a code against
 * the estimate and writing the accepted variant ({@code AcceptedSelection}).
 */
package dev.estimator.core.acceptance;
