package org.jixiao.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Why a sign-in failed, in words a person can act on, for the sign-in page and the API alike. A
 * locked username says until when, whatever password was given; otherwise the answer does not tell
 * whether the username exists or its account was disabled.
 */
@Component
class SignInProblems {

    /** A code for scripts and a Chinese message for people. */
    record Problem(String code, String message) {
    }

    private final Lockout lockout;
    private final MessageSource messages;

    SignInProblems(Lockout lockout, MessageSource messages) {
        this.lockout = lockout;
        this.messages = messages;
    }

    Problem of(@Nullable String username, AuthenticationException failure) {
        if (username != null && !username.isEmpty()) {
            var until = lockout.lockedUntil(username);
            if (until.isPresent()) {
                return new Problem("ACCOUNT_LOCKED", lockout.message(until.get()));
            }
        }
        if (failure instanceof BadCredentialsException || failure instanceof DisabledException
                || failure instanceof LockedException) {
            return new Problem("BAD_CREDENTIALS", message("accounts.signIn.failed"));
        }
        return new Problem("UNAUTHENTICATED", message("accounts.signIn.required"));
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
