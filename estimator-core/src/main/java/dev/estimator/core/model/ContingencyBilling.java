package dev.estimator.core.model;

/** Whether the contingency is invoiced with the price or only when the client approves drawing on it. */
public enum ContingencyBilling implements Named {
    /** In the price and spread over the payment milestones. */
    INCLUDED,
    /** Shown, but invoiced only when drawn on the client's written approval; outside the milestones. */
    ON_APPROVAL
}
