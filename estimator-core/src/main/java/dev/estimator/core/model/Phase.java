package dev.estimator.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The place of one top-level group in the schedule. Its duration is stated, or derived from the
 * group's labour effort and a team size (exactly one of the two).
 *
 * @param group    the id of a top-level group of the breakdown
 * @param duration in days of the schedule's calendar rule
 * @param teamSize people working on the group at once; the duration is its effort in days divided by it
 * @param after    the phase (a group id) this one follows; {@code null}: the phase listed before it,
 *                 or the schedule's start for the first
 * @param overlap  days this phase starts before the one it follows ends; {@code null} or 0: in sequence
 */
public record Phase(
        @NotBlank(message = "name the top-level group this phase schedules") String group,
        @Positive(message = "a phase lasts at least one day")
        @Max(value = MAX_DAYS, message = "a phase of more than 10000 days is not plausible") Integer duration,
        @Positive(message = "a team size is above zero") BigDecimal teamSize,
        String after,
        @PositiveOrZero(message = "an overlap cannot be negative")
        @Max(value = MAX_DAYS, message = "an overlap of more than 10000 days is not plausible") Integer overlap) {

    /** The longest phase the calendar arithmetic accepts: about forty years of working days. */
    public static final int MAX_DAYS = 10_000;

    /** The overlap with the phase before it, in days; 0 when not stated. */
    public int effectiveOverlap() {
        return overlap == null ? 0 : overlap;
    }
}
