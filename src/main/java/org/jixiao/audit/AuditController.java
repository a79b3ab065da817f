package org.jixiao.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 审计日志 page: filters, 50 entries a page newest first, each with its before → after; xlsx export. */
@Controller
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    /** An entry as the page lists it. */
    record Line(AuditEntry entry, List<Changes.Change> changes) {
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable String user,
                @RequestParam(required = false) @Nullable AuditKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                @RequestParam(defaultValue = "1") int page, @Nullable Authentication who, Model model) {
        AuditQuery query = new AuditQuery(unitId, user, kind, from, to);
        AuditSearch.Page found = search.page(query, page, who);
        model.addAttribute("query", query);
        model.addAttribute("found", found);
        model.addAttribute("lines", found.entries().stream()
                .map(e -> new Line(e, Changes.between(e.before(), e.after()))).toList());
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("zone", search.zone());
        return "audit/trail";
    }

    @GetMapping("/audit/export.xlsx")
    void export(@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable String user,
                @RequestParam(required = false) @Nullable AuditKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                @Nullable Authentication who, HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(unitId, user, kind, from, to);
        AuditReaders.require(who);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode("审计日志.xlsx", java.nio.charset.StandardCharsets.UTF_8));
        search.export(query, who, response.getOutputStream());
    }
}
