package org.jixiao.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.springframework.stereotype.Component;

/**
 * Where the modules' demonstration data start: whether demonstration data belongs on this database at
 * all (enabled, and the embedded H2 — never PostgreSQL), the demonstration cycle, its accounts by user
 * name, and the demonstration password.
 */
@Component
public class DemoStart {

    /** The name of the demonstration cycle {@link DemoData} opens. */
    public static final String CYCLE = "2025年度 市直政府系列";

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final AssessmentCycles cycles;
    private final AccountRepository accounts;

    DemoStart(DemoProperties properties, DataSource dataSource, AssessmentCycles cycles, AccountRepository accounts) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.cycles = cycles;
        this.accounts = accounts;
    }

    /** Whether demonstration data may be loaded here: enabled and on the embedded H2 database. */
    public boolean applies() throws SQLException {
        if (!properties.enabled()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        }
    }

    /** The demonstration cycle, when demonstration data applies here and the cycle exists. */
    public Optional<AssessmentCycle> cycle() throws SQLException {
        if (!applies()) {
            return Optional.empty();
        }
        return cycles.all().stream().filter(c -> c.name().equals(CYCLE)).findFirst();
    }

    public Optional<Account> account(String username) {
        return accounts.findByUsername(username);
    }

    /** The password of every demonstration account. */
    public String password() {
        return properties.password();
    }
}
