/**
 * The {@code estimator} command: thin picocli adapters over the core and export libraries.
 * {@link dev.estimator.cli.EstimatorCli#run} is the whole CLI, testable in-process; one place
 * ({@link dev.estimator.cli.ExitCodes}) maps outcomes to exit codes; help text lives in the
 * {@code messages} resource bundle.
 */
package dev.estimator.cli;
