package org.jixiao.administration.setup;

import java.util.Locale;
import java.util.Optional;

/**
 * What an initial password in a set-up file must be: at least 10 characters, three of the four
 * kinds (upper case, lower case, digit, symbol), and not containing the username.
 *
 * <p>Stand-in until the shared password policy of {@code org.jixiao.organization} lands; then this
 * class goes and the checker asks that policy instead.
 */
final class InitialPasswordRule {

    static final int MIN_LENGTH = 10;

    /** Why a password is refused: a stable code and what to change. */
    record Problem(String code, String message) {
    }

    private InitialPasswordRule() {
    }

    static Optional<Problem> check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(new Problem("PASSWORD_TOO_SHORT",
                    "初始密码至少 " + MIN_LENGTH + " 位，现有 " + password.length() + " 位"));
        }
        int kinds = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3) {
            return Optional.of(new Problem("PASSWORD_TOO_WEAK",
                    "初始密码太简单：须包含大写字母、小写字母、数字、符号中的至少三类"));
        }
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("PASSWORD_CONTAINS_USERNAME", "初始密码不能包含用户名"));
        }
        return Optional.empty();
    }
}
