package dev.estimator.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that only the provider may see: cost rates, margin, negotiation figures and
 * notes. {@link Estimate#redactedFor(Audience)} clears every such component for the client audience,
 * and a test checks that each annotated component is cleared.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Internal {
}
