package org.jixiao.security;

import org.jixiao.organization.Accounts;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without accounts (a new PostgreSQL installation), creates the first 考评办
 * administrator {@code admin} with the password from {@code JIXIAO_ADMIN_PASSWORD}; and wherever no
 * 系统管理员 exists yet (a new installation, or one that ran before 三员分立), the 系统管理员
 * {@code sysadmin} with the same password: it creates the 安全管理员 and 审计管理员 accounts. Every
 * account created with that shared initial password must change it at its first sign-in, so that
 * it stops being known to whoever set up the deployment and no two accounts keep one password. Runs after the demonstration data, which brings its own accounts
 * on the embedded database.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Accounts accounts;
    private final String password;

    InitialAdministrator(Accounts accounts, @Value("${jixiao.admin.initial-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean none = accounts.none();
        boolean noSystemAdministrator = !accounts.anyWithRole(Role.SYSTEM_ADMIN);
        if (!none && !noSystemAdministrator) {
            return;
        }
        if (password.isBlank()) {
            log.warn(none ? "数据库中没有任何账号：请设置环境变量 JIXIAO_ADMIN_PASSWORD（至少 10 位，含大写字母、小写字母、数字、符号中的至少 3 类）后重启，以创建管理员账号 admin 和系统管理员 sysadmin"
                    : "没有系统管理员账号：请设置环境变量 JIXIAO_ADMIN_PASSWORD 后重启，以创建系统管理员 sysadmin（首次登录须修改密码）");
            return;
        }
        var problems = PasswordPolicy.problems(password, none ? "admin" : "sysadmin");
        if (!problems.isEmpty()) {
            log.warn("JIXIAO_ADMIN_PASSWORD 不符合密码规则，未创建管理员账号：{}", String.join("；", problems));
            return;
        }
        if (none) {
            accounts.create("admin", password, "考评办管理员", Role.ADMIN, null, true);
            log.info("已创建管理员账号 admin（密码取自 JIXIAO_ADMIN_PASSWORD，首次登录须修改）");
        }
        accounts.create("sysadmin", password, "系统管理员", Role.SYSTEM_ADMIN, null, true);
        log.info("已创建系统管理员账号 sysadmin（密码取自 JIXIAO_ADMIN_PASSWORD，首次登录须修改）");
    }
}
