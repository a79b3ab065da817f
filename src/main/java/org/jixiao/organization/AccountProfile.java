package org.jixiao.organization;

import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;

/**
 * What the office may change of an account besides its password and state: the name shown, the
 * role and the unit. Checks itself: a unit clerk or leader belongs to a unit, a rater may name
 * their home unit (never to be scored by them), an administrator of any kind or a lead department
 * belongs to none.
 */
public record AccountProfile(String displayName, Role role, @Nullable Long unitId) {

    public static final int MAX_DISPLAY_NAME = 100;

    @SuppressWarnings("ConstantValue") // bound from JSON and forms, where anything may be missing
    public AccountProfile {
        if (displayName == null || displayName.isBlank()) {
            throw Refused.invalid("DISPLAY_NAME_REQUIRED", "请填写姓名或名称");
        }
        displayName = displayName.strip();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw Refused.invalid("DISPLAY_NAME_TOO_LONG", "姓名或名称不能超过 " + MAX_DISPLAY_NAME + " 个字符");
        }
        if (role == null) {
            throw Refused.invalid("ROLE_REQUIRED", "请选择角色");
        }
        if (role.requiresUnit() && unitId == null) {
            throw Refused.invalid("UNIT_REQUIRED", "单位经办人和单位领导账号须选择所属单位");
        }
        if ((role == Role.ADMIN || role == Role.LEAD_DEPARTMENT || role.isSystemAdministration()) && unitId != null) {
            throw Refused.invalid("UNIT_NOT_ALLOWED", "管理员和牵头部门账号不属于参评单位，请将单位选为“无”");
        }
    }
}
