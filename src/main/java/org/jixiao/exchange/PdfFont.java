package org.jixiao.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TrueType CJK font the PDF export embeds. Defaults to the first font found of those Debian
 * installs ({@code apt-get install fonts-wqy-zenhei}); {@code JIXIAO_PDF_FONT} or an explicit path
 * overrides it.
 *
 * @param path   the .ttf or .ttc file
 * @param family the family name used in the generated HTML
 */
public record PdfFont(Path path, String family) {

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    public static PdfFont at(Path path) {
        return new PdfFont(path, "JixiaoCJK");
    }

    /** The font named by {@code JIXIAO_PDF_FONT}, else the first installed candidate, else the first candidate. */
    public static PdfFont defaults() {
        String configured = System.getenv("JIXIAO_PDF_FONT");
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured));
        }
        Optional<Path> installed = CANDIDATES.stream().filter(Files::isReadable).findFirst();
        return at(installed.orElse(CANDIDATES.get(0)));
    }

    /** Fails with a message an administrator can act on when the font file is missing. */
    void requireInstalled() {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("未找到导出 PDF 所需的中文字体文件：" + path
                    + "。请安装字体（Debian/Ubuntu：apt-get install fonts-wqy-zenhei），"
                    + "或用环境变量 JIXIAO_PDF_FONT 指定一个 .ttf/.ttc 中文字体文件的路径");
        }
    }
}
