package org.jixiao.security;

import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.springframework.stereotype.Component;

/**
 * Makes the principal of an account as it stands now: locked or not, its password expired or not
 * ({@code jixiao.security.password.max-age}), and what its second factor still asks.
 */
@Component
class SignedInAccounts {

    private final Lockout lockout;
    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final SignInPolicyProperties properties;

    SignedInAccounts(Lockout lockout, Accounts accounts, SecondFactors secondFactors,
                     SignInPolicyProperties properties) {
        this.lockout = lockout;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.properties = properties;
    }

    /** At sign-in with the password: an enrolled account still owes its code. */
    SignedInAccount atPasswordSignIn(Account account) {
        SignedInAccount.SecondFactor secondFactor = secondFactors.enrolled(account.id())
                ? SignedInAccount.SecondFactor.PENDING
                : secondFactors.required(account.role()) ? SignedInAccount.SecondFactor.ENROL
                : SignedInAccount.SecondFactor.DONE;
        return new SignedInAccount(account, lockout.lockedUntil(account.username()).isPresent(), expired(account),
                secondFactor);
    }

    /** After the person changed their password: what the second factor still asks stays as it was. */
    SignedInAccount afterPasswordChange(Account account, SignedInAccount before) {
        return new SignedInAccount(account, false, false, before.secondFactor());
    }

    /** A script with a personal token: the token stands for both factors. */
    SignedInAccount withToken(Account account) {
        return new SignedInAccount(account, false, expired(account), SignedInAccount.SecondFactor.DONE);
    }

    private boolean expired(Account account) {
        var maxAge = properties.password().maxAge();
        return maxAge != null && accounts.passwordExpired(account, maxAge);
    }
}
