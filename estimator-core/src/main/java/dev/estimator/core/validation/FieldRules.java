package dev.estimator.core.validation;

import dev.estimator.core.model.Estimate;
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

    static void prepare() {
        Holder.FACTORY.getValidator().getConstraintsForClass(Estimate.class);
    }

    static List<Finding> check(Estimate estimate) {
        Validator validator = Holder.FACTORY.getValidator();
        return validator.validate(estimate).stream()
                .map(v -> new Finding(pointer(v), plain(v)))
                .sorted(Comparator.comparing(Finding::pointer))
                .toList();
    }

    /**
     * The rule's own message; Jakarta's built-in wording ("must not be null") where a rule has none
     * is replaced by words a project manager uses.
     */
    private static String plain(ConstraintViolation<Estimate> violation) {
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

    private static String pointer(ConstraintViolation<Estimate> violation) {
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
