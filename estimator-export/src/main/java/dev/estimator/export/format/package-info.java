/**
 * What every document format shares: money and dates written in the estimate's currency and
 * locale, and the names of the model's choices (categories, units, bases, ...) in the estimate's
 * language, from the {@code vocabulary} resource bundles (English, Italian, Japanese).
 */
package dev.estimator.export.format;
