package org.jixiao.security;

import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.security.policy.SecurityPolicies;
import org.springframework.stereotype.Component;

/**
 * Makes the principal of an account as it stands now: locked or not, its password expired or not
 * (the 安全策略's password expiry), and what its second factor still asks.
 */
@Component
class SignedInAccounts {

    private final Lockout lockout;
    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final SecurityPolicies policies;

    SignedInAccounts(Lockout lockout, Accounts accounts, SecondFactors secondFactors, SecurityPolicies policies) {
        this.lockout = lockout;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.policies = policies;
    }

    /**
     * At sign-in with the password: an enrolled account still owes its code; one whose role requires
     * a second factor, or whose second factor the 安全管理员 reset, must enrol first.
     */
    SignedInAccount atPasswordSignIn(Account account) {
        SignedInAccount.SecondFactor secondFactor = secondFactors.enrolled(account.id())
                ? SignedInAccount.SecondFactor.PENDING
                : secondFactors.required(account.role()) || secondFactors.resetPending(account.id())
                ? SignedInAccount.SecondFactor.ENROL
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
        var maxAge = policies.current().passwordMaxAge();
        return maxAge != null && accounts.passwordExpired(account, maxAge);
    }
}
