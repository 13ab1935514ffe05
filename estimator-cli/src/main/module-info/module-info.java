/** The {@code estimator} command: thin picocli commands over the two libraries. Exports nothing. */
module dev.estimator.cli {
    requires dev.estimator.export;
    requires info.picocli;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    // picocli sets the commands' option fields and reads their help texts by reflection.
    opens dev.estimator.cli to info.picocli;
}
