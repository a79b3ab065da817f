package org.jixiao.portal;

import org.jixiao.web.CaptchaImage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.exchange.XlsxTableExporter;
import org.jixiao.plan.ReadOnlySheet;
import org.jixiao.plan.TableView;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anonymous public site (公示) under {@code /public}: read-only pages, the print view, the xlsx
 * download, and the one form that writes, the objection form. No page here creates a session.
 */
@Controller
@RequestMapping("/public")
class PublicController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublicSite site;
    private final Objections objections;
    private final CaptchaTokens captchas;
    private final ReadOnlySheet sheet;

    PublicController(PublicSite site, Objections objections, CaptchaTokens captchas, ReadOnlySheet sheet) {
        this.site = site;
        this.objections = objections;
        this.captchas = captchas;
        this.sheet = sheet;
    }

    @GetMapping({"", "/"})
    String index(Model model) {
        model.addAttribute("cycles", site.index());
        return "portal/index";
    }

    @GetMapping("/cycles/{cycleId}/units/{unitId}")
    String unit(@PathVariable long cycleId, @PathVariable long unitId,
                @RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("sent", sent != null);
        return render(cycleId, unitId, ObjectionForm.empty(), Map.of(), model);
    }

    /**
     * Stores the objection and shows the page again with a thank-you (a redirect, so that reloading
     * does not send it twice), or re-renders the form with the messages beside the fields.
     */
    @PostMapping("/cycles/{cycleId}/units/{unitId}/objections")
    String object(@PathVariable long cycleId, @PathVariable long unitId, @ModelAttribute ObjectionForm form,
                  Model model, HttpServletResponse response) {
        Map<String, String> problems;
        try {
            problems = objections.submit(cycleId, unitId, form);
        } catch (Refused refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("refusal", refused.getMessage());
            return render(cycleId, unitId, form, Map.of(), model);
        }
        if (problems.isEmpty()) {
            return "redirect:/public/cycles/" + cycleId + "/units/" + unitId + "?sent=1#objection";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(cycleId, unitId, form, problems, model);
    }

    @GetMapping("/cycles/{cycleId}/units/{unitId}/print")
    String print(@PathVariable long cycleId, @PathVariable long unitId, Model model) {
        PublicSite.UnitPage page = site.unit(cycleId, unitId);
        model.addAttribute("page", page);
        model.addAllAttributes(sheet.attributes(page.view()));
        return "portal/print";
    }

    @GetMapping("/cycles/{cycleId}/units/{unitId}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long cycleId, @PathVariable long unitId) throws IOException {
        TableView view = site.table(cycleId, unitId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableExporter.write(view.table(), out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(view.title() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    @GetMapping("/cycles/{cycleId}/results")
    String results(@PathVariable long cycleId, Model model) {
        model.addAttribute("page", site.results(cycleId));
        return "portal/results";
    }

    private String render(long cycleId, long unitId, ObjectionForm form, Map<String, String> problems, Model model) {
        PublicSite.UnitPage page = site.unit(cycleId, unitId);
        model.addAttribute("page", page);
        model.addAllAttributes(sheet.attributes(page.view()));
        model.addAttribute("form", new ObjectionForm(form.text(), form.name(), form.phone(), "", ""));
        model.addAttribute("problems", problems);
        if (page.entry().open()) {
            CaptchaTokens.Issued captcha = captchas.issue(cycleId, unitId);
            model.addAttribute("captchaToken", captcha.token());
            model.addAttribute("captchaImage", CaptchaImage.dataUri(captcha.challenge().question(),
                    captcha.token().hashCode()));
        }
        return "portal/unit";
    }
}
