/**
 * The estimate model, its file format, validation, the exact calculator and what builds on it
 * (the simulated range, comparing revisions, negotiation). The pointer-to-path helper and every
 * Jackson and Commons type stay inside.
 */
// The modules named by the qualified export below are built after this one.
@SuppressWarnings("module")
module dev.estimator.core {
    requires com.google.common;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;
    requires org.apache.commons.statistics.distribution;

    exports dev.estimator.core.model;
    exports dev.estimator.core.format;
    exports dev.estimator.core.validation;
    exports dev.estimator.core.calc;
    exports dev.estimator.core.simulation;
    exports dev.estimator.core.compare;
    exports dev.estimator.core.negotiation;
    exports dev.estimator.core.acceptance;
    // Joining work started on another thread: for the exporters and the command line, not an API.
    exports dev.estimator.core.concurrent to dev.estimator.export, dev.estimator.cli;

    // Hibernate Validator reads the constraint annotations and values of the model's records.
    opens dev.estimator.core.model to org.hibernate.validator;
}
