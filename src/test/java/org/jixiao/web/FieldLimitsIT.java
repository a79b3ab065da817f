package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Organization;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The field-length mechanism end to end, on the 新建账号 form: the page's {@code maxlength} is the
 * form's {@code @Size}, and a longer value comes back beside its field with the field's name and
 * both lengths, nothing stored.
 */
@IntegrationTest
class FieldLimitsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Organization organization;

    @Autowired
    EvaluationWorlds evaluationWorlds;

    @Autowired
    Participants participants;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Test
    void thePageStatesTheMaximumTheFormChecks() throws Exception {
        Document page = page(mvc.perform(get("/admin/accounts/new").with(user(office()))).andReturn()
                .getResponse().getContentAsString());

        assertThat(page.selectFirst("input[name=username]").attr("maxlength")).isEqualTo("64");
        assertThat(page.selectFirst("input[name=displayName]").attr("maxlength")).isEqualTo("100");
        assertThat(page.select(".field-error")).isEmpty();
    }

    @Test
    void aTooLongValueIsRefusedBesideItsFieldWithBothLengthsAndNothingStored() throws Exception {
        UserDetails office = office();
        long before = accounts.count();
        String answer = mvc.perform(post("/admin/accounts").with(csrf()).with(user(office))
                        .param("username", "a".repeat(70)).param("displayName", "张三")
                        .param("role", "ADMIN").param("password", "Secret-pass-2026"))
                .andReturn().getResponse().getContentAsString();

        Element input = page(answer).selectFirst("input[name=username]");
        assertThat(input.attr("aria-describedby")).isEqualTo("username-error");
        assertThat(page(answer).getElementById("username-error").text())
                .isEqualTo("用户名不能超过 64 个字（现为 70 个），请精简后再保存");
        assertThat(input.val()).as("the value as typed").hasSize(70);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aValueThatIsNoChoiceIsRefusedBesideItsFieldInChinese() throws Exception {
        String answer = mvc.perform(post("/admin/accounts").with(csrf()).with(user(office()))
                        .param("username", "zhangsan").param("displayName", "张三")
                        .param("role", "abc").param("password", "Secret-pass-2026"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page(answer).getElementById("role-error")).as(answer).isNotNull();
        assertThat(page(answer).getElementById("role-error").text()).startsWith("取值不正确");
    }

    @Test
    void theApiRefusesATooLongFieldWithItsNameAndAStableCode() throws Exception {
        UserDetails office = office();
        long before = accounts.count();
        mvc.perform(post("/api/v1/accounts").with(csrf()).with(user(office))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + "a".repeat(65) + "\",\"displayName\":\"张三\","
                                + "\"password\":\"Secret-pass-2026\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOO_LONG"))
                .andExpect(jsonPath("$.message").value("用户名不能超过 64 个字（现为 65 个），请精简后再保存"))
                .andExpect(jsonPath("$.details[0].field").value("username"))
                .andExpect(jsonPath("$.details[0].code").value("TOO_LONG"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void anOrganizationFieldTooLongIsRefusedBesideItEvenWhenAnotherFieldIsMissing() throws Exception {
        TestWorlds.World world = worlds.create();
        UserDetails office = users.loadUserByUsername(world.admin().username());
        String unitPage = "/admin/cycles/" + world.cycle().id() + "/units/" + world.unitA().id();

        Document shown = page(mvc.perform(get(unitPage).with(user(office))).andReturn().getResponse()
                .getContentAsString());
        assertThat(shown.selectFirst("#new-department input[name=head]").attr("maxlength")).isEqualTo("100");

        // The 科室名称 is missing too: the service would have refused that first, above the head's field.
        String answer = mvc.perform(post(unitPage + "/departments").with(csrf()).with(user(office))
                        .param("name", "").param("head", "长".repeat(101)))
                .andReturn().getResponse().getContentAsString();

        Document refused = page(answer);
        Element head = refused.selectFirst("#new-department input[name=head]");
        assertThat(head.attr("aria-describedby")).isEqualTo("newDepartment-head-error");
        Element message = refused.getElementById("newDepartment-head-error");
        assertThat(message.text()).isEqualTo("科室负责人不能超过 100 个字（现为 101 个），请精简后再保存");
        assertThat(message.parent()).as("the message stands in the field's label").isEqualTo(head.parent());
        assertThat(head.val()).as("the value as typed").hasSize(101);
        assertThat(refused.select(".alert.error")).as("nothing above the form").isEmpty();
        assertThat(organization.departments(world.unitA().id())).isEmpty();
    }

    @Test
    void aSelfEvaluationTextTooLongIsRefusedBesideItInItsRowAndNothingSaved() throws Exception {
        EvaluationWorlds.World world = evaluationWorlds.create();
        long cycle = world.cycleId();
        long unit = world.base().unitA().id();
        ScoredRow row = participants.one(cycle, unit).rows().rows().get(0);
        UserDetails clerk = users.loadUserByUsername(world.base().clerkA().username());
        String page = "/evaluation/cycles/" + cycle + "/units/" + unit + "/self";

        String answer = mvc.perform(post(page + "/rows/" + row.rowId()).with(csrf()).with(user(clerk))
                        .param("completion", "完".repeat(4001)).param("evidenceText", "举证").param("readAt", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Document shown = page(answer);
        Element completion = shown.selectFirst("#row-" + row.rowId() + " textarea[name=completion]");
        assertThat(completion.attr("maxlength")).isEqualTo("4000");
        assertThat(completion.attr("aria-describedby")).isEqualTo("completion-error");
        Element message = shown.getElementById("completion-error");
        assertThat(message.text()).isEqualTo("全年完成情况不能超过 4000 个字（现为 4001 个），请精简后再保存");
        assertThat(message.closest("form")).as("the message stands in the row's form")
                .isEqualTo(completion.closest("form"));
        assertThat(completion.text()).as("the text as typed").hasSize(4001);
        assertThat(shown.selectFirst("#row-" + row.rowId() + " textarea[name=evidenceText]").text()).isEqualTo("举证");
        assertThat(selfEvaluation.view(cycle, unit, org.jixiao.organization.CurrentUser.of(world.base().clerkA()))
                .of(row.rowId())).as("nothing saved").isNull();
    }

    @Test
    void aNotificationAddressTooLongOrMalformedIsRefusedBesideItAndNothingStored() throws Exception {
        UserDetails office = office();
        String tooLong = "a".repeat(195) + "@x.cn";
        Document refused = page(mvc.perform(post("/notifications/address").with(csrf()).with(user(office))
                        .param("email", tooLong + "z"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element email = refused.selectFirst("input[name=email]");
        assertThat(email.attr("maxlength")).isEqualTo("200");
        assertThat(email.attr("aria-describedby")).isEqualTo("email-error");
        assertThat(refused.getElementById("email-error").text())
                .isEqualTo("邮件提醒地址不能超过 200 个字（现为 201 个），请精简后再保存");
        assertThat(email.val()).hasSize(201);

        Document malformed = page(mvc.perform(post("/notifications/address").with(csrf()).with(user(office))
                        .param("email", "zhangsan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(malformed.getElementById("email-error").text()).startsWith("请填写有效的电子邮件地址");
        assertThat(page(mvc.perform(get("/notifications").with(user(office))).andReturn().getResponse()
                .getContentAsString()).selectFirst("input[name=email]").val()).as("nothing stored").isEmpty();
    }

    private UserDetails office() {
        return users.loadUserByUsername(worlds.create().admin().username());
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
