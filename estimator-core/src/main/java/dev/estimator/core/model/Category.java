package dev.estimator.core.model;

/** What kind of cost a line item is. */
public enum Category implements Named {
    LABOUR, LICENCE, HARDWARE, THIRD_PARTY_SERVICE, TRAVEL, FIXED_FEE, ALLOWANCE, OTHER
}
