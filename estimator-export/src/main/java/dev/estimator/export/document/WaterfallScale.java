package dev.estimator.export.document;

/**
 * Where a waterfall's figures sit across the drawing, as fractions of its width: geometry, not
 * money, so it works in doubles like every chart. When the steps are small beside the totals the
 * axis starts above zero, so that each step stays visible; the totals' bars are then drawn as
 * broken (see {@link #broken()}), the usual sign that a bar does not start at zero.
 */
public final class WaterfallScale {

    /** The steps take at least this share of the width when the axis is cut. */
    private static final double STEP_SHARE = 0.5;
    /** Below this floor (as a share of the largest figure) the axis simply starts at zero. */
    private static final double MIN_FLOOR = 0.2;

    private final double floor;
    private final double ceiling;

    private WaterfallScale(double floor, double ceiling) {
        this.floor = floor;
        this.ceiling = ceiling;
    }

    /** The scale of {@code chart}: every total and every step's ends fit. */
    public static WaterfallScale of(Block.Waterfall chart) {
        double min = Math.min(chart.start().value().doubleValue(), chart.end().value().doubleValue());
        double max = Math.max(chart.start().value().doubleValue(), chart.end().value().doubleValue());
        for (Block.WaterfallStep step : chart.steps()) {
            min = Math.min(min, Math.min(step.before().doubleValue(), step.after().doubleValue()));
            max = Math.max(max, Math.max(step.before().doubleValue(), step.after().doubleValue()));
        }
        if (max <= 0) {
            return new WaterfallScale(Math.min(min, 0), 1);
        }
        double floor = min < 0 ? min : 0;
        double span = max - min;
        double cut = min - span * (1 / STEP_SHARE - 1);
        if (min > 0 && span > 0 && cut > max * MIN_FLOOR) {
            floor = cut;
        }
        return new WaterfallScale(floor, max);
    }

    /** Whether the axis starts above zero, so the totals' bars are cut short. */
    public boolean broken() {
        return floor > 0;
    }

    /** Where {@code value} sits, from 0 (the axis's start) to 1 (the largest figure). */
    public double position(java.math.BigDecimal value) {
        double at = (value.doubleValue() - floor) / (ceiling - floor);
        return Math.max(0, Math.min(1, at));
    }
}
