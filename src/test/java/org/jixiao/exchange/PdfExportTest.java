package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The PDF of a rendered print view; the whole way from the template is PrintViewPdfBrowserIT. */
class PdfExportTest {

    private static final String PRINT_VIEW = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>考评表</title>
            <link rel="icon" href="data:,"><link rel="stylesheet" href="/css/app.css?v=3">
            <link rel="stylesheet" href="/jixiao/css/print-0123456789abcdef.css"></head>
            <body class="print-page"><h1 class="print-title">2025年度泉州市国资委绩效目标考评表</h1>
            <table class="target-table print"><thead><tr><th>序号</th><th>二级指标</th><th>权重</th></tr></thead>
            <tbody><tr><td>1-1-1</td><td>实施国企发展赶超计划</td><td>2</td></tr></tbody></table></body></html>""";

    @Test
    void inlinesThePageStylesheetsWhateverTheirVersionSuffix() {
        Document prepared = new PdfTableExporter(PdfFont.defaults()).prepared(PRINT_VIEW);
        assertThat(prepared.select("link")).isEmpty();
        assertThat(prepared.select("style").text()).contains(".target-table {").contains("size: A4 landscape")
                .contains("-fs-table-paginate");
    }

    @Test
    void writesThePrintViewInLandscapeWithAnEmbeddedChineseFont() throws IOException {
        PdfFont font = PdfFont.defaults();
        assumeTrue(Files.isReadable(font.path()), "CJK font not installed: apt-get install fonts-wqy-zenhei");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfTableExporter(font).write(PRINT_VIEW, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("2025年度泉州市国资委绩效目标考评表").contains("实施国企发展赶超计划").contains("二级指标");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void failsWithAClearChineseMessageWhenTheFontIsMissing() {
        PdfTableExporter exporter = new PdfTableExporter(PdfFont.at(Path.of("/nonexistent/font.ttc")));
        assertThatThrownBy(() -> exporter.write(PRINT_VIEW, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("中文字体").hasMessageContaining("fonts-wqy-zenhei");
    }
}
