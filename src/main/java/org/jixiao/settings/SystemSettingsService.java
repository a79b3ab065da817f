package org.jixiao.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * 系统设置 in force (table {@code system_settings}, one row): a null column takes the value of its
 * property, so that a deployment the 系统管理员 never changed behaves as configured. The evidence
 * size and types the deployment permits ({@code jixiao.evidence.max-size}, {@code .extensions}) are
 * the ceiling: the page may lower them, never widen them. Every node reads the row at most
 * {@link #CACHE_FOR} after a change; every change names the version it was made on and is recorded
 * in the audit trail (系统设置) with the values before and after. Only the 系统管理员 reads or
 * changes them here; the audit retention is not among them (it belongs to the audit side, see
 * docs/operations.md).
 */
@Service("systemSettings")
public class SystemSettingsService {

    static final Duration CACHE_FOR = Duration.ofSeconds(5);
    private static final String COLUMNS = "site_name, evidence_max_size_mb, evidence_extensions, reminder_due_in_days,"
            + " mail_from, version";

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    private final SystemSettings configured;
    private volatile @Nullable Cached cached;

    private record Cached(SystemSettings settings, long readAtNanos) {
    }

    SystemSettingsService(JdbcClient jdbc, AuditTrail trail, Clock clock,
                          @Value("${jixiao.site-name:绩效目标考评系统}") String siteName,
                          @Value("${jixiao.evidence.max-size:20MB}") DataSize evidenceMaxSize,
                          @Value("${jixiao.evidence.extensions:pdf,ofd,jpg,jpeg,png,doc,docx,xls,xlsx,txt}") List<String> extensions,
                          @Value("${jixiao.tracking.reminders.due-in-days:3}") int dueInDays,
                          @Value("${jixiao.tracking.reminders.mail-from:jixiao@localhost}") String mailFrom) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.configured = new SystemSettings(siteName, (int) Math.max(1, evidenceMaxSize.toMegabytes()),
                extensions.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).toList(), dueInDays, mailFrom, 0);
    }

    /** The settings in force. */
    public SystemSettings current() {
        Cached last = cached;
        long now = System.nanoTime();
        if (last != null && now - last.readAtNanos() < CACHE_FOR.toNanos()) {
            return last.settings();
        }
        SystemSettings settings = read();
        cached = new Cached(settings, now);
        return settings;
    }

    /** For templates: the name in the header and the title. */
    public String siteName() {
        return current().siteName();
    }

    /** The evidence types the deployment permits: the choices of the page. */
    public List<String> permittedExtensions() {
        return configured.evidenceExtensions();
    }

    /** The largest evidence size the deployment permits, in MB. */
    public int permittedMaxSizeMb() {
        return configured.evidenceMaxSizeMb();
    }

    @Transactional(readOnly = true)
    public SystemSettings forEditing(CurrentUser by) {
        requireSystemAdministrator(by);
        return read();
    }

    /** What is wrong beyond each value's own bounds, by form field: the deployment's ceiling. */
    public Map<String, String> problems(SystemSettings wanted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (wanted.evidenceMaxSizeMb() > permittedMaxSizeMb()) {
            problems.put("evidenceMaxSizeMb", "不能超过部署允许的 " + permittedMaxSizeMb() + " MB（jixiao.evidence.max-size）");
        }
        List<String> unknown = wanted.evidenceExtensions().stream().filter(e -> !permittedExtensions().contains(e)).toList();
        if (!unknown.isEmpty()) {
            problems.put("evidenceExtensions", "部署不允许的文件类型：" + String.join("、", unknown));
        }
        return problems;
    }

    /** Changes the settings, made on version {@code wanted.version()}; refused when another change came in between. */
    @Transactional
    public SystemSettings change(SystemSettings wanted, CurrentUser by) {
        requireSystemAdministrator(by);
        Map<String, String> problems = problems(wanted);
        if (!problems.isEmpty()) {
            throw Refused.invalid("SYSTEM_SETTINGS_INVALID", "系统设置未保存：" + String.join("；", problems.values()));
        }
        SystemSettings before = read();
        if (before.version() != wanted.version()) {
            throw stale();
        }
        if (wanted.sameValuesAs(before)) {
            return before;
        }
        int updated = jdbc.sql("update system_settings set site_name = ?, evidence_max_size_mb = ?,"
                        + " evidence_extensions = ?, reminder_due_in_days = ?, mail_from = ?, version = version + 1,"
                        + " changed_at = ?, changed_by = ? where id = 1 and version = ?")
                .params(wanted.siteName(), wanted.evidenceMaxSizeMb(), String.join(",", wanted.evidenceExtensions()),
                        wanted.reminderDueInDays(), wanted.mailFrom(), Timestamp.from(clock.instant()), by.username(),
                        wanted.version())
                .update();
        if (updated != 1) {
            throw stale();
        }
        SystemSettings after = read();
        trail.record(AuditEvent.changedFields(AuditKind.SYSTEM_SETTINGS, by.username(), by.role().name(),
                "修改系统设置（版本 " + before.version() + " → " + after.version() + "）", before.described(),
                after.described()));
        cached = null;
        return after;
    }

    /** Reads the row again at the next use (a test that put the row back behind this node's back). */
    void forget() {
        cached = null;
    }


    private static Refused stale() {
        return Refused.conflict("SYSTEM_SETTINGS_STALE",
                "系统设置已被他人修改：您看到的不是最新的设置，本次修改未保存。请刷新页面，查看最新的设置后再修改");
    }

    private SystemSettings read() {
        return jdbc.sql("select " + COLUMNS + " from system_settings where id = 1").query(this::row).single();
    }

    private SystemSettings row(ResultSet rs, int n) throws SQLException {
        SystemSettings c = configured;
        String extensions = rs.getString(3);
        int maxSize = rs.getInt(2);
        boolean noMaxSize = rs.wasNull();
        int dueInDays = rs.getInt(4);
        boolean noDueInDays = rs.wasNull();
        return new SystemSettings(Objects.requireNonNullElse(rs.getString(1), c.siteName()),
                noMaxSize ? c.evidenceMaxSizeMb() : maxSize,
                extensions == null ? c.evidenceExtensions() : Arrays.asList(extensions.split(",")),
                noDueInDays ? c.reminderDueInDays() : dueInDays,
                Objects.requireNonNullElse(rs.getString(5), c.mailFrom()), rs.getInt(6));
    }

    private static void requireSystemAdministrator(CurrentUser by) {
        if (by.role() != Role.SYSTEM_ADMIN) {
            throw Refused.forbidden("SYSTEM_ADMIN_ONLY", "只有系统管理员可以查看和修改系统设置");
        }
    }
}
