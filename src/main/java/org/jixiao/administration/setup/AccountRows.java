package org.jixiao.administration.setup;

import static org.jixiao.administration.setup.SetupColumn.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jixiao.organization.Username;
import org.jixiao.web.Refused;
import java.util.Map;
import java.util.function.BiFunction;
import org.jixiao.administration.setup.SetupPlan.NewAccount;
import org.jixiao.administration.setup.SetupPlan.UnitRef;
import org.jixiao.organization.Role;
import org.jspecify.annotations.Nullable;

/** Checks the 账号 sheet: usernames free and unique, roles known, unit roles with a unit, strong initial passwords. */
final class AccountRows {

    private AccountRows() {
    }

    /**
     * @param unit finds the unit a cell names, recording a finding when it names none or several
     */
    static List<NewAccount> check(List<SetupRow> rows, CycleState state, List<SetupFinding> findings,
                                  BiFunction<RowCells, String, @Nullable UnitRef> unit) {
        Map<String, Integer> seen = new HashMap<>();
        List<NewAccount> planned = new ArrayList<>();
        for (SetupRow row : rows) {
            RowCells cells = new RowCells(row, findings);
            String username = cells.text(ACCOUNT_USERNAME);
            String displayName = cells.text(ACCOUNT_NAME);
            String roleText = cells.text(ACCOUNT_ROLE);
            String unitText = cells.text(ACCOUNT_UNIT);
            String password = cells.text(ACCOUNT_PASSWORD);
            if (!username.isEmpty()) {
                Integer first = seen.putIfAbsent(username, row.number());
                String usernameProblem = usernameProblem(username);
                if (usernameProblem != null) {
                    cells.problem(ACCOUNT_USERNAME, "ACCOUNT_USERNAME_INVALID", usernameProblem);
                } else if (first != null) {
                    cells.problem(ACCOUNT_USERNAME, "ACCOUNT_DUPLICATE",
                            "用户名“" + username + "”在本表第 " + first + " 行已使用：每个账号的用户名须不同");
                } else if (state.takenUsernames().contains(username)) {
                    cells.problem(ACCOUNT_USERNAME, "ACCOUNT_EXISTS",
                            "用户名“" + username + "”已被其他账号使用：请换一个用户名");
                }
            }
            Role role = SetupVocabulary.role(roleText).orElse(null);
            if (role == null && !roleText.isEmpty()) {
                cells.problem(ACCOUNT_ROLE, "ACCOUNT_ROLE_UNKNOWN", "角色“" + roleText + "”无法识别：请填写"
                        + String.join("、", SetupVocabulary.roleWords()) + "之一");
            }
            UnitRef accountUnit = unit.apply(cells, unitText);
            if (role != null && role.requiresUnit() && unitText.isEmpty()) {
                cells.problem(ACCOUNT_UNIT, "ACCOUNT_UNIT_REQUIRED",
                        "角色“" + SetupVocabulary.roleWords().get(role.ordinal()) + "”的账号必须填写所属单位");
            }
            if (!password.isEmpty()) {
                List<String> problems = state.passwordPolicy().check(password, username);
                if (!problems.isEmpty()) {
                    cells.problem(ACCOUNT_PASSWORD, "PASSWORD_POLICY", "初始密码不符合要求：" + String.join("；", problems));
                }
            }
            if (cells.clean() && role != null) {
                planned.add(new NewAccount(row.number(), username, displayName, role, accountUnit, password));
            }
        }
        return planned;
    }

    /** The shared username rule's reason, or null when the name is fine. */
    private static @Nullable String usernameProblem(String username) {
        try {
            new Username(username);
            return null;
        } catch (Refused refused) {
            return refused.getMessage();
        }
    }
}
