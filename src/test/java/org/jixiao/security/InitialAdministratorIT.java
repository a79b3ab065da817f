package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first start on a database without accounts, with {@code JIXIAO_ADMIN_PASSWORD}: both accounts
 * created with that shared password — the office's {@code admin} and the 系统管理员 {@code sysadmin}
 * — must change it at their first sign-in. A database of its own (an empty one is the point).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:jixiao-initial-administrator;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "jixiao.admin.initial-password=Chushi#2026x"})
@ActiveProfiles("it")
@Import(TestWorlds.class)
class InitialAdministratorIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAccountCreatedWithTheInitialPasswordMustChangeIt() {
        Map<String, Boolean> created = jdbc.sql("select username, must_change_password from account")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(created).containsOnlyKeys("admin", "sysadmin").containsEntry("admin", true)
                .containsEntry("sysadmin", true);
    }
}
