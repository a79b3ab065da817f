package org.jixiao.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.TableImports;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exported PDF against Chromium's print of the print view, for a full table (seed 002, 100 points,
 * 17 first-level indicators with two rows each, 24 行政能力 items): the same number of pages within one,
 * and every second-level row's code, text and weight in their own columns on one line of the PDF.
 * Page renders of both go to target/screenshots (pdf-export-*.png, pdf-chromium-*.png).
 */
@IntegrationTest
class PrintViewPdfBrowserIT {

    private static final Path SEED = Path.of("../shared/seeds/002_8d0d28c8a60b99c8.txt");

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TableImports imports;

    @Autowired
    TargetTableRepository tables;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private record Printed(TargetTable table, byte[] exported, byte[] chromium) {
    }

    private Printed printBoth() throws IOException {
        TestWorlds.World world = worlds.create();
        imports.replace(world.cycle().id(), world.unitA().id(), TableImports.Upload.file(Files.readAllBytes(SEED)),
                true, true, CurrentUser.of(world.admin()));
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.clerkA().username(), TestWorlds.PASSWORD);
        page.navigate(base + "/tables/" + world.tableA() + "/print");
        byte[] chromium = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        byte[] exported = page.request().get(base + "/tables/" + world.tableA() + "/export.pdf").body();
        page.close();
        return new Printed(tables.find(world.tableA()).orElseThrow().table(), exported, chromium);
    }

    @Test
    void exportHasThePagesChromiumPrintsWithinOne() throws IOException {
        Printed printed = printBoth();
        try (PDDocument exported = Loader.loadPDF(printed.exported());
             PDDocument chromium = Loader.loadPDF(printed.chromium())) {
            render(exported, "pdf-export");
            render(chromium, "pdf-chromium");
            Files.write(Chromium.SCREENSHOTS.resolve("pdf-export.pdf"), printed.exported());
            Files.write(Chromium.SCREENSHOTS.resolve("pdf-chromium.pdf"), printed.chromium());
            assertThat(chromium.getNumberOfPages()).isGreaterThan(1);
            assertThat(exported.getNumberOfPages()).isBetween(chromium.getNumberOfPages() - 1,
                    chromium.getNumberOfPages() + 1);
            assertThat(exported.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(chromium.getPage(0).getMediaBox().getWidth(), org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void everySecondLevelRowHasItsCodeTextAndWeightInTheirColumns() throws IOException {
        Printed printed = printBoth();
        List<Word> words;
        try (PDDocument exported = Loader.loadPDF(printed.exported())) {
            words = Word.all(exported);
        }
        Word codeHeader = header(words, "序号");
        Word basisHeader = header(words, "文件依据");
        Word firstHeader = header(words, "一级指标");
        Word weightHeader = header(words, "权重");
        Word deadlineHeader = header(words, "完成时限");
        int checked = 0;
        for (FirstLevelIndicator l1 : printed.table().allFirstLevel()) {
            for (SecondLevelIndicator l2 : l1.secondLevel()) {
                if (l2.code() == null || l2.weight() == null) {
                    continue;
                }
                String code = l2.code().value();
                Word codeWord = words.stream().filter(w -> w.text().equals(code)).findFirst()
                        .orElseThrow(() -> new AssertionError("code " + code + " not in the PDF"));
                assertThat(codeWord.x()).as("code %s in 序号", code).isBetween(codeHeader.x() - 20, basisHeader.x());
                Optional<Word> weight = words.stream()
                        .filter(w -> w.page() == codeWord.page() && Math.abs(w.y() - codeWord.y()) < 3)
                        .filter(w -> w.x() > weightHeader.x() - 10 && w.x() < deadlineHeader.x())
                        .findFirst();
                assertThat(weight).as("weight of %s on its line in 权重", code).isPresent();
                assertThat(new BigDecimal(weight.get().text())).as("weight of %s", code)
                        .isEqualByComparingTo(l2.weight().value());
                String start = l2.text().strip().substring(0, Math.min(6, l2.text().strip().length()));
                assertThat(words).as("text of %s in 二级指标", code).anySatisfy(w -> {
                    assertThat(w.page()).isEqualTo(codeWord.page());
                    assertThat(w.text()).startsWith(start);
                    assertThat(w.x()).isBetween(firstHeader.x() + 20, weightHeader.x());
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    /** A column heading on page 1; a narrow column wraps it ("权" above "重"), so its first line will do. */
    private static Word header(List<Word> words, String text) {
        return words.stream().filter(w -> w.page() == 1 && text.startsWith(w.text()))
                .min(java.util.Comparator.comparingDouble(Word::y))
                .orElseThrow(() -> new AssertionError("header " + text + " not on page 1"));
    }

    private static void render(PDDocument pdf, String name) throws IOException {
        Files.createDirectories(Chromium.SCREENSHOTS);
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < Math.min(pdf.getNumberOfPages(), 3); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 60);
            ImageIO.write(image, "png", Chromium.SCREENSHOTS.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }

    /** A word of the PDF's text where it stands: page (from 1), left edge and baseline in points. */
    record Word(String text, int page, float x, float y) {

        static List<Word> all(PDDocument pdf) throws IOException {
            List<Word> words = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    // Cells side by side on one baseline come as one string: split where the gap is a cell's border.
                    StringBuilder run = new StringBuilder();
                    TextPosition start = null;
                    TextPosition previous = null;
                    for (TextPosition p : positions) {
                        if (previous != null && p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > 4) {
                            add(run, start);
                            run.setLength(0);
                            start = null;
                        }
                        if (start == null) {
                            start = p;
                        }
                        run.append(p.getUnicode());
                        previous = p;
                    }
                    add(run, start);
                }

                private void add(StringBuilder run, TextPosition start) {
                    if (start != null && !run.toString().isBlank()) {
                        words.add(new Word(run.toString().strip(), getCurrentPageNo(), start.getXDirAdj(),
                                start.getYDirAdj()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
            return words;
        }
    }
}
