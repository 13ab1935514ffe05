/**
 * Comparing two revisions of an estimate: {@link dev.estimator.core.compare.RevisionMatch} pairs
 * their parts by id, and {@link dev.estimator.core.compare.RevisionBridge} walks from the previous
 * grand total to the current one in steps, each a cause with its exact amount, computed by the
 * calculator. Results are records of figures; wording and formatting belong to the renderers.
 */
package dev.estimator.core.compare;
