package org.jixiao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The public site (公示) as an anonymous visitor and the office use it: only published plans are
 * visible, in the official layout and as xlsx; objections need the right captcha and the open 公示期;
 * the office's answer is shown publicly; too many requests are answered 429. Each test asks from
 * its own client address so that the rate limit of one does not touch another.
 */
@IntegrationTest
class PublicPortalIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishedWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    RateLimiter limiter;

    @Autowired
    ResultsService results;

    TestWorlds.World world;
    String unitA;
    String unitB;
    String address;

    @BeforeEach
    void publishUnitA() {
        world = worlds.create();
        unitA = "/public/cycles/" + world.cycle().id() + "/units/" + world.unitA().id();
        unitB = "/public/cycles/" + world.cycle().id() + "/units/" + world.unitB().id();
        address = "10.0." + (world.unitA().id() % 250) + "." + (world.unitB().id() % 250);
    }

    @Test
    void theListShowsPublishedPlansOnly() throws Exception {
        String html = page("/public");

        assertThat(html).contains(world.cycle().name(), world.unitA().name(), unitA)
                .doesNotContain(world.unitB().name(), unitB);
    }

    @Test
    void aPlanNotPublishedIsNotFound() throws Exception {
        TestWorlds.World drafts = worlds.create();
        String draft = "/public/cycles/" + drafts.cycle().id() + "/units/" + drafts.unitB().id();
        // in the fresh world unit B is approved but not published; in a world never approved it would be a draft
        for (String path : new String[] {unitB, unitB + "/print", unitB + "/table.xlsx", draft,
                "/public/cycles/" + world.cycle().id() + "/results", "/public/cycles/x/units/1"}) {
            mvc.perform(anonymous(get(path))).andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.containsString("未找到该公示内容")));
        }
        mvc.perform(anonymous(post(unitB + "/objections").param("text", "意见").param("captchaAnswer", "1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheTableInTheOfficialLayout() throws Exception {
        SecondLevelIndicator row = firstRowOfA();

        assertThat(page(unitA)).contains(tableOfA().unitName() + "绩效目标考评表", "参评单位（盖章）",
                row.code().value(), HtmlUtils.htmlEscape(row.text()), "公示中，受理意见至", "提交意见", "下载 Excel");
        assertThat(page(unitA + "/print")).contains("target-table print", HtmlUtils.htmlEscape(row.text()), "data-print");
    }

    @Test
    void theTableDownloadsAsAnXlsxThatOpens() throws Exception {
        byte[] body = mvc.perform(anonymous(get(unitA + "/table.xlsx"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains(tableOfA().unitName() + "绩效目标考评表");
        }
    }

    /** Over real HTTP: neither reading nor sending the form sets any cookie, JSESSIONID included. */
    @Test
    void publicPagesAndTheFormCreateNoSession() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/public", unitA, unitA + "/print", unitA + "/table.xlsx"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).build(), BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        String token = PublishedWorlds.token(page(unitA));
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(url(unitA + "/objections"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("text=" + URLEncoder.encode("无会话也能提交", StandardCharsets.UTF_8)
                        + "&captchaToken=" + token + "&captchaAnswer=" + worlds.answer(token)))
                .build(), BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aWrongCaptchaIsRefusedAndNothingIsStored() throws Exception {
        String token = PublishedWorlds.token(page(unitA));
        String wrong = String.valueOf(Integer.parseInt(worlds.answer(token)) + 1);

        String html = mvc.perform(anonymous(post(unitA + "/objections").param("text", "第一行的目标偏低")
                        .param("captchaToken", token).param("captchaAnswer", wrong)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("验证码计算结果不正确", "第一行的目标偏低");
        assertThat(PublishedWorlds.token(html)).isNotEqualTo(token);
        assertThat(stored()).isZero();
    }

    @Test
    void theRightCaptchaStoresTheObjectionWithItsSender() throws Exception {
        send("第一行的目标偏低，建议提高到 95%");

        assertThat(jdbc.sql("""
                        select objection_text || '|' || sender_name || '|' || sender_phone || '|' || sender_address
                               || '|' || status from public_objection where cycle_id = ? and unit_id = ?""")
                .params(world.cycle().id(), world.unitA().id()).query(String.class).single())
                .isEqualTo("第一行的目标偏低，建议提高到 95%|张三|0595-22345678|" + address + "|OPEN");
        assertThat(page(unitA + "?sent=1")).contains("您的意见已收到");
    }

    @Test
    void fieldsThatDoNotReadAreRefusedBesideThemAndNothingIsStored() throws Exception {
        String token = PublishedWorlds.token(page(unitA));

        String html = mvc.perform(anonymous(post(unitA + "/objections").param("text", " ").param("phone", "abc")
                        .param("captchaToken", token).param("captchaAnswer", worlds.answer(token))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-for=\"text\">请填写意见内容", "data-for=\"phone\">电话号码格式不正确");
        assertThat(stored()).isZero();
    }

    @Test
    void afterTheWindowTheFormIsClosedAndObjectionsAreRefused() throws Exception {
        String token = PublishedWorlds.token(page(unitA));
        clock.advance(Duration.ofDays(10));
        try {
            assertThat(page(unitA)).contains("公示期已于", "结束，不再受理意见").doesNotContain("captchaToken");
            mvc.perform(anonymous(post(unitA + "/objections").param("text", "迟到的意见")
                            .param("captchaToken", token).param("captchaAnswer", worlds.answer(token))))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(Matchers.containsString("结束，不再受理意见")));
        } finally {
            clock.reset();
        }
        assertThat(stored()).isZero();
    }

    @Test
    void theOfficeAnswersAndTheAnswerIsShownPubliclyWithoutTheSender() throws Exception {
        send("第一行的目标偏低");
        long id = jdbc.sql("select id from public_objection where cycle_id = ? and unit_id = ?")
                .params(world.cycle().id(), world.unitA().id()).query(Long.class).single();
        assertThat(asOffice(get("/admin/objections").param("cycle", String.valueOf(world.cycle().id()))))
                .contains("第一行的目标偏低", "张三", "0595-22345678", "待处理");

        mvc.perform(post("/admin/objections/{id}/answer", id).param("answer", "经核实，目标已按上级要求确定。")
                        .with(csrf()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().is3xxRedirection());

        assertThat(page(unitA)).contains("第一行的目标偏低", "经核实，目标已按上级要求确定。")
                .doesNotContain("张三", "0595-22345678");
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'OBJECTION' and unit_id = ?")
                .param(world.unitA().id()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/admin/objections/{id}/close", id).with(csrf()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/objections/{id}/answer", id).param("answer", "再次答复")
                        .with(csrf()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("该意见已办结，不能再答复"));
        assertThat(jdbc.sql("select status || '|' || answer from public_objection where id = ?").param(id)
                .query(String.class).single()).isEqualTo("CLOSED|经核实，目标已按上级要求确定。");
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'OBJECTION' and unit_id = ?")
                .param(world.unitA().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyTheOfficeHandlesObjections() throws Exception {
        mvc.perform(get("/admin/objections").with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/objections/1/close").with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/objections")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void publishedResultsShowTheRankingOfTheLatestVersion() throws Exception {
        results.publish(world.cycle().id(), CurrentUser.of(world.admin()),
                results.preview(world.cycle().id(), CurrentUser.of(world.admin())).confirmation("测试发布"));

        assertThat(page("/public")).contains("/public/cycles/" + world.cycle().id() + "/results");
        assertThat(page("/public/cycles/" + world.cycle().id() + "/results"))
                .contains("第 1 版", world.unitA().name(), world.unitB().name(), "综合得分", "等次");
    }

    @Test
    void tooManyRequestsFromOneAddressAreAnswered429() throws Exception {
        int previous = limiter.capacity(3);
        try {
            for (int i = 0; i < 3; i++) {
                mvc.perform(anonymous(get("/public"))).andExpect(status().isOk());
            }
            mvc.perform(anonymous(get(unitA))).andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(Matchers.containsString("访问过于频繁，请稍后再试")));
            address = "10.255.0.1";
            mvc.perform(anonymous(get("/public"))).andExpect(status().isOk());
        } finally {
            limiter.capacity(previous);
        }
    }

    private void send(String text) throws Exception {
        String token = PublishedWorlds.token(page(unitA));
        mvc.perform(anonymous(post(unitA + "/objections").param("text", text).param("name", "张三")
                        .param("phone", "0595-22345678").param("captchaToken", token)
                        .param("captchaAnswer", worlds.answer(token))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(unitA + "?sent=1#objection"));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String page(String path) throws Exception {
        return mvc.perform(anonymous(get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String asOffice(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(SignedInAccount.of(world.admin())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A request without a user, from this test's own address. */
    private MockHttpServletRequestBuilder anonymous(MockHttpServletRequestBuilder request) {
        String from = address;
        RequestPostProcessor fromAddress = r -> {
            r.setRemoteAddr(from);
            return r;
        };
        return request.with(fromAddress);
    }

    private long stored() {
        return jdbc.sql("select count(*) from public_objection where cycle_id = ? and unit_id = ?")
                .params(world.cycle().id(), world.unitA().id()).query(Long.class).single();
    }

    private TargetTable tableOfA() {
        return tables.find(tables.findId(world.cycle().id(), world.unitA().id()).orElseThrow()).orElseThrow().table();
    }

    private SecondLevelIndicator firstRowOfA() {
        return tableOfA().allFirstLevel().stream().filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst()
                .orElseThrow().secondLevel().get(0);
    }
}
