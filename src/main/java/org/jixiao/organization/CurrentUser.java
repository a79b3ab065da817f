package org.jixiao.organization;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the application sees it; all access decisions are taken from it.
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, @Nullable Long unitId) {

    public static CurrentUser of(Account account) {
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
                account.unitId());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether the user may see the tables of {@code unitId}. */
    public boolean canRead(long unitId) {
        return isAdmin() || (role.actsForUnit() && this.unitId != null && this.unitId == unitId);
    }

    /** Whether the user acts for {@code unitId} (its clerk or leader). */
    public boolean actsFor(long unitId) {
        return role.actsForUnit() && this.unitId != null && this.unitId == unitId;
    }

    /** Whether the account belongs to {@code unitId} in any role, e.g. a rater drawn from that unit. */
    public boolean belongsTo(long unitId) {
        return this.unitId != null && this.unitId == unitId;
    }

    /** Whether the user may change the tables of {@code unitId}. */
    public boolean canEdit(long unitId) {
        return isAdmin() || (role == Role.UNIT_CLERK && this.unitId != null && this.unitId == unitId);
    }
}
