package org.jixiao.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.jixiao.evidence.EvidenceFiles;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 系统设置 edited by the 系统管理员: shows the properties' values until the first change, validates
 * each field beside it (and the deployment's ceiling on evidence size and types), refuses a change
 * made on an older version, applies a change at once (the header's name, the evidence types) and
 * records it with the values before and after.
 */
@IntegrationTest
class SystemSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;


    @Autowired
    SystemSettingsService settings;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    JdbcClient jdbc;

    TestWorlds.World world;
    Account systemAdmin;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        systemAdmin = worlds.account(Role.SYSTEM_ADMIN, "系统管理员");
    }

    /** The rest of the suite shares the database: back to the properties' values. */
    @AfterEach
    void backToTheConfiguredSettings() {
        jdbc.sql("update system_settings set site_name = null, evidence_max_size_mb = null, evidence_extensions = null,"
                + " reminder_due_in_days = null, mail_from = null, version = version + 1 where id = 1").update();
        settings.forget();
    }

    private SystemSettings inForce() {
        return settings.forEditing(CurrentUser.of(systemAdmin));
    }

    private ResultActions save(String siteName, String maxSize, List<String> extensions, String days, String mailFrom,
                               int version) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/system-settings").with(user(SignedInAccount.of(systemAdmin)))
                .with(csrf()).param("siteName", siteName).param("evidenceMaxSizeMb", maxSize)
                .param("reminderDueInDays", days).param("mailFrom", mailFrom).param("version", "" + version);
        extensions.forEach(e -> request.param("evidenceExtensions", e));
        return mvc.perform(request);
    }

    @Test
    void thePageShowsTheConfiguredValues() throws Exception {
        mvc.perform(get("/admin/system-settings").with(user(SignedInAccount.of(systemAdmin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"绩效目标考评系统\"")))
                .andExpect(content().string(containsString("value=\"jixiao@localhost\"")));
        assertThat(inForce().evidenceExtensions()).contains("pdf", "xlsx");
        assertThat(inForce().evidenceMaxSizeMb()).isEqualTo(20);
    }

    @Test
    void invalidValuesAreRefusedBesideTheirField() throws Exception {
        SystemSettings before = inForce();
        save("", "21", List.of("pdf", "exe"), "31", "kein-mail", before.version())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写系统名称")))
                .andExpect(content().string(containsString("须为 0 到 30 之间的整数")))
                .andExpect(content().string(containsString("不是有效的电子邮件地址")));
        save("名称", "21", List.of("pdf", "exe"), "3", "a@b.cn", before.version())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能超过部署允许的 20 MB")))
                .andExpect(content().string(containsString("部署不允许的文件类型：exe")));
        save("名称", "5", List.of(), "3", "a@b.cn", before.version())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请至少选择一种文件类型")));
        assertThat(inForce()).isEqualTo(before);
    }

    @Test
    void aChangeTakesEffectAtOnceAndIsAudited() throws Exception {
        SystemSettings before = inForce();
        save("泉州市绩效考评系统", "5", List.of("pdf", "xlsx"), "7", "kpb@quanzhou.gov.cn", before.version())
                .andExpect(redirectedUrl("/admin/system-settings"));
        assertThat(inForce().version()).isEqualTo(before.version() + 1);

        mvc.perform(get("/account").with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(content().string(containsString("泉州市绩效考评系统")));
        Refused refused = org.assertj.core.api.Assertions.catchThrowableOfType(Refused.class, () -> evidence.store(
                world.cycle().id(), world.unitA().id(), UUID.randomUUID(), null,
                new EvidenceFiles.Upload("照片.png", "image/png", 10, new ByteArrayInputStream(new byte[10])),
                world.clerkA().username()));
        assertThat(refused.code()).isEqualTo("EVIDENCE_TYPE");
        assertThat(refused.getMessage()).contains("可上传：pdf、xlsx");

        String change = jdbc.sql("select before_json || ' → ' || after_json from audit_entry"
                        + " where actor = ? and kind = 'SYSTEM_SETTINGS'")
                .param(systemAdmin.username()).query(String.class).single();
        assertThat(change).contains("\"系统名称\":\"绩效目标考评系统\"", "\"系统名称\":\"泉州市绩效考评系统\"",
                "\"催报提前天数\":3", "\"催报提前天数\":7");
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedWithTheConflict() throws Exception {
        SystemSettings before = inForce();
        save("第一位", "20", before.evidenceExtensions(), "3", "jixiao@localhost", before.version())
                .andExpect(redirectedUrl("/admin/system-settings"));
        save("第二位", "20", before.evidenceExtensions(), "3", "jixiao@localhost", before.version())
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("系统设置已被他人修改")));
        assertThat(inForce().siteName()).isEqualTo("第一位");
    }
}
