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
import org.junit.jupiter.api.Test;

class PdfExportTest {

    @Test
    void writesTheTableWithItsTitleInAnEmbeddedChineseFont() throws IOException {
        PdfFont font = PdfFont.defaults();
        assumeTrue(Files.isReadable(font.path()), "CJK font not installed: apt-get install fonts-wqy-zenhei");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfTableExporter(font).write(TargetTables.stateAssets2025(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("2025年度泉州市国资委绩效目标考评表").contains("实施国企发展赶超计划").contains("二级指标");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void failsWithAClearChineseMessageWhenTheFontIsMissing() {
        PdfTableExporter exporter = new PdfTableExporter(PdfFont.at(Path.of("/nonexistent/font.ttc")));
        assertThatThrownBy(() -> exporter.write(TargetTables.stateAssets2025(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("中文字体").hasMessageContaining("fonts-wqy-zenhei");
    }
}
