/**
 * The Monte Carlo engine behind the simulated range: plain numbers in, sorted outcomes out.
 *
 * <p>It knows nothing of estimates or money: the calculator ({@code dev.estimator.core.calc})
 * describes each uncertain input as a deviation from the base price ({@link UncertainAmount},
 * {@link RiskEvent}), runs {@link MonteCarlo#run} and turns the outcomes back into exact, rounded
 * figures. Randomness comes from Apache Commons RNG, the distributions from Commons Statistics;
 * every block of trials has its own jumped stream, so the outcomes are the same whatever the
 * thread count.
 */
package dev.estimator.core.simulation;
