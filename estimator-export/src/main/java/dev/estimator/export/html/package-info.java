/**
 * The cost explanation as one self-contained HTML file: {@link dev.estimator.export.html.HtmlExporter}
 * renders the {@link dev.estimator.export.document.Document document model} with semantic markup,
 * an inline stylesheet ({@code document.css}: phone, wide screen and print), system fonts per
 * language and charts as inline SVG. Nothing is loaded from elsewhere and nothing runs: the page's
 * content security policy forbids both. {@code HtmlRenderer} walks the model, {@code HtmlTable}
 * marks up its tables, {@code BarChartSvg} draws its charts, {@code PrintFrame} writes what every
 * printed page carries, {@code HtmlText} escapes every text.
 */
package dev.estimator.export.html;
