package org.jixiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private static CurrentUser user(Role role, Long unitId) {
        return new CurrentUser(1, "u", "用户", role, unitId);
    }

    @Test
    void administratorReadsAndEditsEveryUnit() {
        CurrentUser admin = user(Role.ADMIN, null);
        assertThat(admin.canRead(7)).isTrue();
        assertThat(admin.canEdit(7)).isTrue();
    }

    @Test
    void clerkReadsAndEditsOnlyTheOwnUnit() {
        CurrentUser clerk = user(Role.UNIT_CLERK, 7L);
        assertThat(clerk.canRead(7)).isTrue();
        assertThat(clerk.canEdit(7)).isTrue();
        assertThat(clerk.canRead(8)).isFalse();
        assertThat(clerk.canEdit(8)).isFalse();
    }

    @Test
    void leaderReadsTheOwnUnitButEditsNothing() {
        CurrentUser leader = user(Role.UNIT_LEADER, 7L);
        assertThat(leader.canRead(7)).isTrue();
        assertThat(leader.canEdit(7)).isFalse();
        assertThat(leader.canRead(8)).isFalse();
    }

    @Test
    void raterDrawnFromAUnitNeitherReadsNorEditsItsTables() {
        CurrentUser rater = user(Role.RATER, 7L);
        assertThat(rater.belongsTo(7)).isTrue();
        assertThat(rater.actsFor(7)).isFalse();
        assertThat(rater.canRead(7)).isFalse();
        assertThat(rater.canEdit(7)).isFalse();
    }

    @Test
    void accountsOfUnitRolesMustNameTheirUnit() {
        assertThat(Role.UNIT_CLERK.requiresUnit()).isTrue();
        assertThat(Role.LEAD_DEPARTMENT.requiresUnit()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Account(null, "x", "h", "x", Role.UNIT_CLERK,
                null, true, java.time.Instant.EPOCH, false, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
