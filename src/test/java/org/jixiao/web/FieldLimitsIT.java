package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.organization.AccountRepository;
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

    private UserDetails office() {
        return users.loadUserByUsername(worlds.create().admin().username());
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
