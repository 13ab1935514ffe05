/**
 * The estimate model, its file format, validation and the exact calculator. The public API is
 * these four packages; the pointer-to-path helper and every Jackson type stay inside.
 */
module dev.estimator.core {
    requires com.google.common;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.estimator.core.model;
    exports dev.estimator.core.format;
    exports dev.estimator.core.validation;
    exports dev.estimator.core.calc;

    // Hibernate Validator reads the constraint annotations and values of the model's records.
    opens dev.estimator.core.model to org.hibernate.validator;
}
