package org.jixiao.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jixiao.exchange.PdfTableExporter;
import org.jixiao.plan.TableView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The PDF of a table: the print view ({@code table/print}) rendered with the same model the browser
 * gets, then laid out as PDF, so that the PDF and the browser's print are the same pages.
 */
@Component
class PrintViewPdf {

    static final String TEMPLATE = "table/print";

    private final ITemplateEngine templates;

    PrintViewPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the print view shows: the table and its official layout. */
    static Map<String, Object> model(TableView view) {
        return Map.of("view", view, "layout", TableLayout.of(view, null));
    }

    byte[] pdf(TableView view, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, model(view));
        String html = templates.process(TEMPLATE, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfTableExporter.withDefaultFont().write(html, out);
        return out.toByteArray();
    }
}
