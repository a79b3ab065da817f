package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 口令历史: a new password may not be any of the account's last 5 — on its owner's change and on
 * the office's reset — and the refusal says so; the sixth-last may be used again. The page shows the
 * policy's reasons.
 */
@IntegrationTest
class PasswordHistoryIT {

    static final List<String> NEXT = List.of("Mima-yi-2025", "Mima-er-2025", "Mima-san-2025", "Mima-si-2025",
            "Mima-wu-2025");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    TestWorlds.World world;
    Account clerk;

    @BeforeEach
    void createClerk() {
        world = worlds.create();
        clerk = world.clerkA();
    }

    private void refusedAsRecent(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("PASSWORD_POLICY");
            assertThat(refused.getMessage()).isEqualTo("密码不符合要求：不能与最近 5 次使用过的密码相同");
        });
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeUsedAgain() {
        accounts.changeOwnPassword(clerk.id(), TestWorlds.PASSWORD, NEXT.get(0));
        accounts.changeOwnPassword(clerk.id(), NEXT.get(0), NEXT.get(1));
        refusedAsRecent(() -> accounts.changeOwnPassword(clerk.id(), NEXT.get(1), TestWorlds.PASSWORD));
        refusedAsRecent(() -> accounts.changeOwnPassword(clerk.id(), NEXT.get(1), NEXT.get(0)));
        refusedAsRecent(() -> accounts.resetPassword(clerk.id(), NEXT.get(0), CurrentUser.of(world.admin())));

        accounts.changeOwnPassword(clerk.id(), NEXT.get(1), NEXT.get(2));
        accounts.changeOwnPassword(clerk.id(), NEXT.get(2), NEXT.get(3));
        accounts.changeOwnPassword(clerk.id(), NEXT.get(3), NEXT.get(4));
        // The initial password is now the sixth-last: allowed again. The first own one is still recent.
        refusedAsRecent(() -> accounts.changeOwnPassword(clerk.id(), NEXT.get(4), NEXT.get(0)));
        accounts.changeOwnPassword(clerk.id(), NEXT.get(4), TestWorlds.PASSWORD);
    }

    @Test
    void theChangePageSaysEverythingThePasswordLacks() throws Exception {
        mvc.perform(post("/account/password").with(user(SignedInAccount.of(clerk))).with(csrf())
                        .param("currentPassword", TestWorlds.PASSWORD).param("newPassword", "quanzhou")
                        .param("confirmPassword", "quanzhou"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长度至少 10 个字符（现为 8 个）")))
                .andExpect(content().string(containsString("可加入大写字母或数字或符号")));
        mvc.perform(post("/account/password").with(user(SignedInAccount.of(clerk))).with(csrf())
                        .param("currentPassword", TestWorlds.PASSWORD).param("newPassword", "Mima-yi-2025")
                        .param("confirmPassword", "Mima-yi-2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/password").with(user(SignedInAccount.of(clerk))).with(csrf())
                        .param("currentPassword", "Mima-yi-2025").param("newPassword", TestWorlds.PASSWORD)
                        .param("confirmPassword", TestWorlds.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能与最近 5 次使用过的密码相同")));
    }
}
