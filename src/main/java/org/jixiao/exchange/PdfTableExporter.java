package org.jixiao.exchange;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the rendered print view of a table (the HTML the browser prints) into a PDF, so that the
 * PDF has the pages, columns and merged cells the browser prints. The page's stylesheets are read
 * from the application's static resources and inlined; the only additions are the embedded CJK font
 * and the repeated header row on every page, which the browser does by itself.
 */
public final class PdfTableExporter {

    /** A content hash a resource URL may carry ({@code app-3f2a….css}), as static-resource versioning writes it. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-[0-9a-f]{8,64}(?=\\.css$)");

    static {
        // The page stylesheets hold screen rules (flex, grid) the PDF renderer skips, each with a warning.
        XRLog.setLoggingEnabled(false);
    }

    private final PdfFont font;

    public PdfTableExporter(PdfFont font) {
        this.font = font;
    }

    public static PdfTableExporter withDefaultFont() {
        return new PdfTableExporter(PdfFont.defaults());
    }

    /** Writes the print view's HTML (as the browser receives it) as PDF. */
    public void write(String printViewHtml, OutputStream out) throws IOException {
        font.requireInstalled();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(font.path().toFile(), font.family());
        builder.withW3cDocument(new W3CDom().fromJsoup(prepared(printViewHtml)), null);
        builder.toStream(out);
        builder.run();
    }

    /** The print view with its stylesheets inlined and the PDF's font and page breaks added. */
    Document prepared(String html) {
        Document document = Jsoup.parse(html);
        for (Element link : document.select("link[rel=stylesheet]")) {
            Optional<String> css = stylesheet(link.attr("href"));
            if (css.isPresent()) {
                link.after(new Element("style").appendText(css.get()));
            }
            link.remove();
        }
        document.select("script, link[rel=icon]").remove();
        document.head().appendElement("style").appendText(
                "body, body * { font-family: '" + font.family() + "' !important; }"
                        + " table { -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; }");
        return document;
    }

    /** A stylesheet of the application's static resources by its URL, as the page links it. */
    static Optional<String> stylesheet(String href) {
        String path = href.replaceFirst("[?#].*$", "").replaceFirst("^https?://[^/]+", "");
        int css = path.indexOf("/css/");
        if (css < 0) {
            return Optional.empty();
        }
        String name = path.substring(css);
        Optional<String> direct = resource("static" + name);
        return direct.isPresent() ? direct : resource("static" + VERSION_SUFFIX.matcher(name).replaceFirst(""));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = PdfTableExporter.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
