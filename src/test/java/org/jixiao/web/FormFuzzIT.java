package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.organization.Account;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every form the pages render, found by crawling them as the office's administrator, as a unit's
 * clerk (draft table and year-end work) and as a rater, is posted with each field one character
 * longer than its documented maximum ({@code maxlength}) and ten times that, and numeric fields and
 * choices with garbage. No answer is a 5xx; a refusal shows a Chinese message (beside the field or
 * in the message area); a value longer than the documented maximum is never accepted, and on a page
 * form (not htmx) its message stands beside the field: the re-rendered input names it with
 * {@code aria-describedby}, or its label or cell holds a {@code .field-error}. Every field states
 * its maximum: a {@code maxlength} (a {@code select} by its options, a number input by {@code max}).
 */
@IntegrationTest
class FormFuzzIT {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMERIC_NAME = Pattern.compile(
            "(?i).*(year|points|weight|score|share|cap|scale|raters|days|position|number|unitid|min|max|items|level)$");
    private static final Pattern SKIPPED_LINK = Pattern.compile(
            "(?i).*(logout|export|download|\\.xlsx|\\.pdf|\\.docx|/evidence/|/public/|swagger|api-docs|/actuator).*");
    private static final int MAX_PAGES = 160;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds tableWorlds;

    @Autowired
    EvaluationWorlds evaluationWorlds;

    @Autowired
    UserDetailsService users;

    private final List<String> problems = new ArrayList<>();
    private final Set<String> fuzzedForms = new HashSet<>();
    private final Set<String> undocumented = new TreeSet<>();
    private final Set<String> refusedAway = new TreeSet<>();
    private int posts;

    @Test
    void noFormFieldAnswersA5xxOrAcceptsMoreThanItsDocumentedMaximum() throws Exception {
        TestWorlds.World drafts = tableWorlds.create();
        EvaluationWorlds.World yearEnd = evaluationWorlds.create();
        for (Account account : List.of(drafts.clerkA(), yearEnd.base().clerkA(), yearEnd.rater(),
                yearEnd.base().leaderA(), yearEnd.base().admin())) {
            crawlAndFuzz(account);
        }
        // Fields whose page states no maximum (their values are still posted at 4,001 and 40,001 characters).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "form-fuzz-undocumented.txt"), undocumented);
        // Page forms whose too-long value is refused on the error page instead of beside the field (a page that
        // comes back without the message beside the field is a problem above): none.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "form-fuzz-not-beside.txt"), refusedAway);
        assertThat(fuzzedForms).as("forms found").hasSizeGreaterThan(25);
        assertThat(problems).as("over %d posts to %d forms", posts, fuzzedForms.size()).isEmpty();
        assertThat(undocumented).as("fields whose page states no maximum (maxlength from the form's @Size)").isEmpty();
        assertThat(refusedAway).as("page forms whose too-long value is refused on the error page, not beside the field")
                .isEmpty();
    }

    private void crawlAndFuzz(Account account) throws Exception {
        UserDetails who = users.loadUserByUsername(account.username());
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Map<String, Integer> seenPatterns = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                problems.add(account.username() + " GET " + path + " → " + response.getStatus());
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.contains("html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
            for (Element link : page.select("a[href], [hx-get]")) {
                String target = link.hasAttr("hx-get") ? link.attr("hx-get") : link.attr("href");
                target = target.replaceAll("#.*", "");
                if (!target.startsWith("/") || target.startsWith("//") || SKIPPED_LINK.matcher(target).matches()) {
                    continue;
                }
                String pattern = pattern(target);
                if (seenPatterns.merge(pattern, 1, Integer::sum) <= 1) {
                    queue.add(target);
                }
            }
            for (Element form : page.select("form, select[hx-post], input[hx-post]")) {
                fuzz(account, who, path, form);
            }
        }
    }

    private static String pattern(String path) {
        return UUID.matcher(path).replaceAll("{id}").replaceAll("=[^&]*", "=").replaceAll("/\\d+", "/{n}");
    }

    private void fuzz(Account account, UserDetails who, String page, Element form) throws Exception {
        String action = form.hasAttr("hx-post") ? form.attr("hx-post") : form.attr("action");
        boolean post = form.hasAttr("hx-post") || form.attr("method").equalsIgnoreCase("post");
        if (!post || !action.startsWith("/") || action.contains("logout")) {
            return;
        }
        Map<String, String> fields = fields(form);
        List<Element> probes = form.is("form") ? form.select("input[name], textarea[name], select[name]")
                : List.of(form);
        Set<String> names = new TreeSet<>(fields.keySet());
        if (!fuzzedForms.add(account.role() + " " + pattern(action.replaceAll("\\?.*", "")) + " " + names)) {
            return;
        }
        boolean multipart = form.attr("enctype").contains("multipart");
        boolean htmx = form.hasAttr("hx-post");
        for (Element field : probes) {
            String type = field.attr("type").toLowerCase();
            if (List.of("hidden", "file", "checkbox", "radio", "submit", "button", "date").contains(type)) {
                continue;
            }
            String name = field.attr("name");
            Map<String, String> values = new LinkedHashMap<>();
            boolean closedList = field.is("select") || (type.equals("number") && field.hasAttr("max"));
            if (field.hasAttr("maxlength")) {
                int max = Integer.parseInt(field.attr("maxlength"));
                values.put("max+1", "长".repeat(max + 1));
                values.put("10×max", "长".repeat(10 * max));
            } else {
                if (!closedList) {
                    undocumented.add(pattern(action.replaceAll("\\?.*", "")) + " " + name);
                }
                values.put("4001", "长".repeat(4001));
                values.put("40001", "长".repeat(40001));
            }
            if (field.is("select") || type.equals("number") || field.attr("inputmode").matches("numeric|decimal")
                    || NUMERIC_NAME.matcher(name).matches()) {
                values.put("letters", "abc");
                values.put("huge", "9".repeat(40));
                values.put("exponent", "1e99999");
                values.put("negative", "-0.000000001");
            }
            for (Map.Entry<String, String> value : values.entrySet()) {
                Map<String, String> posted = new LinkedHashMap<>(fields);
                posted.put(name, value.getValue());
                check(account, who, page, action, multipart, htmx, posted, name, value.getKey(),
                        field.hasAttr("maxlength") && value.getKey().contains("max"));
            }
        }
    }

    private void check(Account account, UserDetails who, String page, String action, boolean multipart, boolean htmx,
                       Map<String, String> posted, String field, String probe, boolean overDocumentedMax)
            throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = multipart ? multipart(action) : post(action);
        posted.forEach(request::param);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        posts++;
        String where = account.username() + " on " + page + ": POST " + action + " " + field + "=" + probe;
        MockHttpServletResponse response;
        try {
            org.springframework.test.web.servlet.MvcResult result = mvc.perform(request.with(csrf()).with(user(who)))
                    .andReturn();
            response = result.getResponse();
            String location = response.getRedirectedUrl();
            if (response.getStatus() == 302 && location != null && location.startsWith("/")
                    && !result.getFlashMap().isEmpty()) {
                // Post/redirect/get: a refusal travels as a flash attribute to the page redirected to.
                response = mvc.perform(get(location).flashAttrs(result.getFlashMap()).with(user(who)))
                        .andReturn().getResponse();
            }
        } catch (Exception unhandled) {
            problems.add(where + " → unhandled (500): " + abbreviate(String.valueOf(unhandled.getMessage())));
            return;
        }
        where += " → " + response.getStatus();
        int status = response.getStatus();
        if (status >= 500) {
            problems.add(where);
            return;
        }
        Document answer = Jsoup.parse(response.getContentAsString());
        String shown = answer.select(".field-error, .alert.error, .error, [role=alert]").text();
        boolean refusedInChinese = CJK.matcher(shown).find();
        if (status >= 400 && !refusedInChinese) {
            problems.add(where + " without a Chinese message: " + abbreviate(answer.text()));
        } else if (answer.text().matches("(?s).*(Exception|java\\.|Failed to convert).*")) {
            problems.add(where + " shows Java text: " + abbreviate(answer.text()));
        } else if (overDocumentedMax && !refusedInChinese) {
            problems.add(where + " accepted a value longer than its documented maximum");
        } else if (overDocumentedMax && !htmx && response.getStatus() == 200 && !besideField(answer, field)) {
            problems.add(where + " shows no message beside the field: " + abbreviate(shown));
        } else if (overDocumentedMax && !htmx && response.getStatus() != 200) {
            refusedAway.add(pattern(action.replaceAll("\\?.*", "")) + " " + field);
        }
    }

    /**
     * The re-rendered field carries its message: {@code aria-describedby} names an element with Chinese
     * text, or the field's label or table cell holds a {@code .field-error}. A page that shows no such
     * field (the answer is another page, e.g. after a redirect) is not judged here; of several fields of
     * that name (two forms on one page), one must carry it.
     */
    private static boolean besideField(Document answer, String name) {
        List<Element> inputs = answer.select("[name=\"" + name.replace("\"", "") + "\"]");
        for (Element input : inputs) {
            for (String id : input.attr("aria-describedby").split("\\s+")) {
                Element described = id.isBlank() ? null : answer.getElementById(id);
                if (described != null && CJK.matcher(described.text()).find()) {
                    return true;
                }
            }
            Element around = input.closest("label, td, .field");
            if (around != null && CJK.matcher(around.select(".field-error").text()).find()) {
                return true;
            }
        }
        return inputs.isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Element> inputs = form.is("form") ? form.select("input[name], textarea[name], select[name]") : List.of(form);
        for (Element input : inputs) {
            String type = input.attr("type").toLowerCase();
            if (type.equals("file") || type.equals("submit")
                    || (List.of("checkbox", "radio").contains(type) && !input.hasAttr("checked"))) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    Element first = input.selectFirst("option");
                    yield selected != null ? selected.attr("value") : first != null ? first.attr("value") : "";
                }
                default -> input.hasAttr("value") ? input.attr("value") : (type.equals("checkbox") ? "on" : "");
            };
            fields.putIfAbsent(input.attr("name"), value);
        }
        fields.remove("_csrf");
        return fields;
    }
}
