/**
 * Internal to {@code estimator-core} (not exported by its module): turning a JSON Pointer into the
 * path a user reads, shared by the file format and validation without either depending on the
 * other, and keeping the Jackson tree it walks out of the public API.
 */
package dev.estimator.core.paths;
