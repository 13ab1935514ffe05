package dev.estimator.core.calc;

import java.time.LocalDate;

/**
 * A payment milestone with its amount and, when the milestone is tied to a phase, its dates.
 *
 * @param payment the milestone and its amount
 * @param due     when it falls due: the last day of the phase it {@code closes}, or the first day of the
 *                one it {@code opens}; {@code null} when it is tied to no phase
 * @param payBy   {@code due} plus the payment days (calendar days); {@code null} when either is unknown
 */
public record ScheduledPayment(MilestoneAmount payment, LocalDate due, LocalDate payBy) {
}
