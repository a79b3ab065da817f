package org.jixiao.organization;

import org.jspecify.annotations.Nullable;

/**
 * An account the office creates, with the initial password in clear (hashed before it is stored).
 *
 * @param unitId             required for unit roles, optional home unit of a rater, none otherwise
 * @param mustChangePassword whether the person must choose their own password at the first sign-in
 */
public record NewAccount(String username, String displayName, String password, Role role, @Nullable Long unitId,
                         boolean mustChangePassword) {
}
