package dev.estimator.core.model;

/** The gender of a custom unit's noun, which Italian adjectives and pronouns agree with. */
public enum GrammaticalGender implements Named { MASCULINE, FEMININE }
