package org.jixiao.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.exchange.ImportReport;
import org.jixiao.exchange.ImportResult;
import org.jixiao.exchange.XlsxTableExporter;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.plan.LastYearTables;
import org.jixiao.plan.TableImports;
import org.jixiao.plan.TableView;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.validation.BindingResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Import of a unit's table from a file or pasted text (upload → preview → confirm), export of a
 * table as the official Excel workbook or PDF, and the copy of last year's table into a new cycle.
 *
 * <p>Between preview and confirm the uploaded content stays on the server, in the session under a
 * random token; the confirm imports it again and stores the result. Nothing the browser posts
 * back is taken as the table.
 */
@Controller
class ImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PENDING = ImportController.class.getName() + ".pending";
    /** Uploads kept per session awaiting confirmation; older ones are dropped. */
    private static final int MAX_PENDING = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TargetTableService tables;
    private final TableImports imports;
    private final LastYearTables lastYear;
    private final AssessmentCycles cycles;
    private final UnitRepository units;
    private final PrintViewPdf printViewPdf;

    ImportController(TargetTableService tables, TableImports imports, LastYearTables lastYear, AssessmentCycles cycles,
                     UnitRepository units, PrintViewPdf printViewPdf) {
        this.printViewPdf = printViewPdf;
        this.tables = tables;
        this.imports = imports;
        this.lastYear = lastYear;
        this.cycles = cycles;
        this.units = units;
    }

    /** What was uploaded, kept until it is confirmed. */
    record Pending(long cycleId, long unitId, byte[] content, boolean pasted, String fileName)
            implements Serializable {

        TableImports.Upload upload() {
            return new TableImports.Upload(content, pasted);
        }
    }

    // ---- import -------------------------------------------------------------------------------

    @GetMapping("/tables/{tableId}/import")
    String importIntoTable(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal,
                           Model model) {
        TableView view = tables.view(tableId, principal.user());
        imports.requireReplaceable(view.table().cycleId(), view.table().unitId(), principal.user());
        return form(model, view.cycle(), unit(view.table().unitId()), tableId, null);
    }

    @GetMapping("/cycles/{cycleId}/units/{unitId}/import")
    String importForm(@PathVariable long cycleId, @PathVariable long unitId,
                      @AuthenticationPrincipal SignedInAccount principal, Model model) {
        imports.requireReplaceable(cycleId, unitId, principal.user());
        return form(model, cycles.get(cycleId), unit(unitId), existing(cycleId, unitId, principal.user()), null);
    }

    /** The pasted table text of the import form (the file comes as its own part). */
    record Pasted(@Size(max = MAX_PASTED, message = "{import.pasted}{field.tooLong}") @Nullable String text) {
    }

    /** Far more than any target table's text; the file upload has its own size limit. */
    static final int MAX_PASTED = 100_000;

    @PostMapping("/cycles/{cycleId}/units/{unitId}/import")
    String upload(@PathVariable long cycleId, @PathVariable long unitId,
                  @RequestParam(required = false) @Nullable MultipartFile file,
                  @Valid @ModelAttribute("pasted") Pasted pasted, BindingResult binding,
                  @AuthenticationPrincipal SignedInAccount principal, HttpSession session, Model model)
            throws IOException {
        imports.requireReplaceable(cycleId, unitId, principal.user());
        AssessmentCycle cycle = cycles.get(cycleId);
        Unit unit = unit(unitId);
        @Nullable UUID existing = existing(cycleId, unitId, principal.user());
        if (binding.hasErrors()) {
            return form(model, cycle, unit, existing, null);
        }
        @Nullable String text = pasted.text();
        Pending pending;
        if (file != null && !file.isEmpty()) {
            pending = new Pending(cycleId, unitId, file.getBytes(), false,
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        } else if (text != null && !text.isBlank()) {
            pending = new Pending(cycleId, unitId, text.getBytes(StandardCharsets.UTF_8), true, "");
        } else {
            return form(model, cycle, unit, existing, "请选择要上传的文件，或粘贴考评表的文字。");
        }
        ImportResult result = imports.read(cycleId, unitId, pending.upload(), principal.user());
        if (result instanceof ImportResult.Rejected rejected) {
            return form(model, cycle, unit, existing, rejected.message());
        }
        ImportResult.Imported imported = (ImportResult.Imported) result;
        String token = keep(session, pending);
        // The rules' findings, as the stored table will show them; the import's own notes are listed beside.
        TableView view = new TableView(imported.table(), cycle, 0, imported.report().notes().stream()
                .filter(n -> !ImportReport.isImportNote(n)).map(n -> n.finding()).toList(), false);
        model.addAttribute("cycle", cycle);
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("fileName", pending.pasted() ? "" : pending.fileName());
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("layout", TableLayout.of(view, null));
        model.addAttribute("report", imported.report());
        model.addAttribute("replacement", imports.check(imported));
        model.addAttribute("otherUnit", imports.otherUnit(imported, unit).orElse(null));
        Map<UUID, String> sources = new HashMap<>();
        imported.report().sources().forEach((rowId, row) -> sources.put(rowId, row.where()));
        model.addAttribute("sources", sources);
        return "table/import-preview";
    }

    /**
     * Stores the previewed upload. Where it would drop rows carrying year-end data, the preview listed
     * them and {@code confirmOrphans} says the person ticked that they accept the loss.
     */
    @PostMapping("/cycles/{cycleId}/units/{unitId}/import/{token}")
    String confirm(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable String token,
                   @RequestParam(defaultValue = "false") boolean confirmOrphans,
                   @RequestParam(defaultValue = "false") boolean confirmUnit,
                   @AuthenticationPrincipal SignedInAccount principal, HttpSession session) {
        imports.requireReplaceable(cycleId, unitId, principal.user());
        Pending pending = take(session, token)
                .filter(p -> p.cycleId() == cycleId && p.unitId() == unitId)
                .orElseThrow(() -> new IllegalArgumentException("导入内容已失效（已确认、已过期或不属于该单位），请重新上传。"));
        return "redirect:/tables/" + imports.replace(cycleId, unitId, pending.upload(), confirmOrphans, confirmUnit,
                principal.user())
                .tableId();
    }

    // ---- copy last year -----------------------------------------------------------------------

    @PostMapping("/cycles/{cycleId}/units/{unitId}/copy-last-year")
    String copyLastYear(@PathVariable long cycleId, @PathVariable long unitId,
                        @AuthenticationPrincipal SignedInAccount principal) {
        requireEdit(principal.user(), unitId);
        return "redirect:/tables/" + lastYear.copy(cycleId, unitId, principal.user());
    }

    // ---- export -------------------------------------------------------------------------------

    @GetMapping("/tables/{tableId}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal)
            throws IOException {
        TableView view = tables.view(tableId, principal.user());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableExporter.write(view.table(), out);
        return download(out.toByteArray(), XLSX, view.title() + ".xlsx");
    }

    @GetMapping("/tables/{tableId}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal,
                                     HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        TableView view = tables.view(tableId, principal.user());
        return download(printViewPdf.pdf(view, request, response, locale), MediaType.APPLICATION_PDF,
                view.title() + ".pdf");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String form(Model model, AssessmentCycle cycle, Unit unit, @Nullable UUID existing,
                        @Nullable String error) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("error", error);
        if (!model.containsAttribute("pasted")) {
            model.addAttribute("pasted", new Pasted(""));
        }
        return "table/import";
    }

    private @Nullable UUID existing(long cycleId, long unitId, CurrentUser user) {
        return user.canRead(unitId) ? lastYear.current(cycleId, unitId).orElse(null) : null;
    }

    private Unit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFound("单位不存在：" + unitId));
    }

    private static void requireEdit(CurrentUser user, long unitId) {
        if (!user.canRead(unitId)) {
            throw new NotFound("单位不存在：" + unitId);
        }
        if (!user.canEdit(unitId)) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
    }

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Pending> pending(HttpSession session) {
        Object stored = session.getAttribute(PENDING);
        if (stored instanceof Map<?, ?> map) {
            return (Map<String, Pending>) map;
        }
        Map<String, Pending> map = new LinkedHashMap<>();
        session.setAttribute(PENDING, map);
        return map;
    }

    private static String keep(HttpSession session, Pending pending) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Map<String, Pending> map = pending(session);
        synchronized (map) {
            map.put(token, pending);
            while (map.size() > MAX_PENDING) {
                map.remove(map.keySet().iterator().next());
            }
        }
        session.setAttribute(PENDING, map);
        return token;
    }

    private static Optional<Pending> take(HttpSession session, String token) {
        Map<String, Pending> map = pending(session);
        synchronized (map) {
            Optional<Pending> pending = Optional.ofNullable(map.remove(token));
            session.setAttribute(PENDING, map);
            return pending;
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
