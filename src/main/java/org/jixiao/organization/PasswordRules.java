package org.jixiao.organization;

/**
 * Where the password rule in force comes from: the security policy the 安全管理员 sets (implemented
 * by the security module), so that a change applies to the next password set without a restart.
 */
public interface PasswordRules {

    PasswordPolicy currentPasswordRule();
}
