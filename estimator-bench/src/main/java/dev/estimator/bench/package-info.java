/**
 * JMH benchmarks of the exporters against the bare libraries: our workbook against plain Apache
 * POI SXSSF writing the same cells, our PDF against plain OpenPDF writing the same text and
 * tables. {@code scripts/bench-jmh} runs them; the tests only check that they run.
 */
package dev.estimator.bench;
