package dev.estimator.core.validation;

/**
 * A problem found at a place in the estimate's tree, before it is given a file position and a
 * readable path.
 *
 * @param pointer a JSON Pointer into the estimate's file structure, e.g. {@code /breakdown/0/items/2/quantity}
 */
public record Finding(String pointer, String message) {
}
