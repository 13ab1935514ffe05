/**
 * The document model and its renderers (PDF, workbook), the formats they share, and the request
 * every exporter takes. POI, OpenPDF, JFreeChart and Jackson stay inside: no exported signature
 * names them.
 */
module dev.estimator.export {
    requires transitive dev.estimator.core;
    requires com.google.common;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.desktop;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires com.github.librepdf.openpdf;
    requires org.jfree.jfreechart;

    exports dev.estimator.export;
    exports dev.estimator.export.document;
    exports dev.estimator.export.format;
    exports dev.estimator.export.html;
    exports dev.estimator.export.pdf;
    exports dev.estimator.export.xlsx;
}
