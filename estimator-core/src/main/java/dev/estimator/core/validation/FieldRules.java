package dev.estimator.core.validation;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Quantity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;

/**
 * The field rules declared on the model with Jakarta Validation annotations, checked by
 * Hibernate Validator, each violation turned into a {@link Finding} at the field's pointer.
 */
final class FieldRules {

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private FieldRules() {
    }

    /**
     * Starts Hibernate Validator and builds its rules for every model type an estimate holds (the
     * records reachable from {@link Estimate}: their components, list elements and a sealed type's
     * kinds), so that the first check only checks.
     */
    static void prepare() {
        Validator validator = Holder.FACTORY.getValidator();
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<java.lang.reflect.Type> pending = new java.util.ArrayDeque<>(List.of(Estimate.class));
        while (!pending.isEmpty()) {
            java.lang.reflect.Type type = pending.pop();
            if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> kind && kind.getPackageName().equals(Estimate.class.getPackageName())
                    && seen.add(kind)) {
                validator.getConstraintsForClass(kind);
                if (kind.isRecord()) {
                    for (java.lang.reflect.RecordComponent component : kind.getRecordComponents()) {
                        pending.add(component.getGenericType());
                    }
                }
                if (kind.isSealed()) {
                    pending.addAll(List.of(kind.getPermittedSubclasses()));
                }
            }
        }
    }

    /**
     * The field rules of {@code estimate}: the breakdown's line items by {@link LineItemRules}, the
     * rest by Hibernate Validator (on a copy whose groups hold no items). Sorted by pointer as
     * {@link #check(Object, String)} sorts them; no two of an item's rules fail at one pointer.
     */
    static List<Finding> check(Estimate estimate) {
        List<Finding> out = new java.util.ArrayList<>(
                check(estimate.withBreakdown(withoutItems(estimate.breakdown())), ""));
        LineItemRules.check(estimate.breakdown(), "/breakdown", out);
        out.sort(Comparator.comparing(Finding::pointer));
        return List.copyOf(out);
    }

    private static List<Group> withoutItems(List<Group> groups) {
        return groups.stream().map(g -> new Group(g.id(), g.title(), g.description(), List.of(),
                withoutItems(g.groups()))).toList();
    }

    /** The field rules of any part of the model, at pointers below {@code prefix}. */
    static List<Finding> check(Object bean, String prefix) {
        Validator validator = Holder.FACTORY.getValidator();
        return validator.validate(bean).stream()
                .map(v -> new Finding(prefix + pointer(v), plain(v)))
                .sorted(Comparator.comparing(Finding::pointer))
                .toList();
    }

    /**
     * The rule's own message; Jakarta's built-in wording ("must not be null") where a rule has none
     * is replaced by words a project manager uses.
     */
    private static String plain(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{jakarta.validation.constraints.")) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName() == null || node.getName().startsWith("<") ? field : node.getName();
            }
            String name = field == null ? "this value" : "'" + field + "'";
            if (template.contains(".NotNull.") || template.contains(".NotBlank.") || template.contains(".NotEmpty.")) {
                return name + " is missing: give it a value";
            }
            return name + ": " + message;
        }
        return message;
    }

    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            String name = node.getName();
            // An item's own unit is written in the file as its `unit` mapping.
            name = "customUnit".equals(name) ? "unit" : name;
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(name);
            }
        }
        // A single-value quantity is written as a bare number: its "value" has no place of its own.
        if (violation.getLeafBean() instanceof Quantity.Fixed && pointer.toString().endsWith("/value")) {
            pointer.setLength(pointer.length() - "/value".length());
        }
        return pointer.toString();
    }
}
