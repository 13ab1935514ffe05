package dev.estimator.core.calc;

import dev.estimator.core.model.Milestone;
import java.math.BigDecimal;

/** A payment milestone's amount; the last one takes the remainder so the amounts sum to the total. */
public record MilestoneAmount(Milestone milestone, BigDecimal amount) {
}
