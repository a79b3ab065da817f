package org.jixiao.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The trail as stored: appends under the head lock, and filtered reads newest first. */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends an entry after the current head. Must run inside the caller's transaction: the head
     * row stays locked until it commits, so concurrent appends (on any node) take turns, and a
     * rollback takes the entry and the head update with it.
     */
    AuditEntry append(AuditEvent event, Instant at, @Nullable String address) {
        ChainHead head = jdbc.sql(AuditRows.HEAD + " for update").query((rs, n) -> AuditRows.head(rs)).single();
        Instant occurredAt = EntryHash.stored(at);
        String hash = EntryHash.compute(head.hash(), occurredAt, event.actor(), event.actorRole(), address,
                event.kind().name(), event.cycleId(), event.unitId(), event.subject(), event.before(), event.after());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_entry (occurred_at, actor, actor_role, address, kind, cycle_id, unit_id, subject, "
                        + "before_json, after_json, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), event.actor(), event.actorRole(), address,
                        event.kind().name(), event.cycleId(), event.unitId(), event.subject(), event.before(),
                        event.after(), head.hash(), hash)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        jdbc.sql("update audit_head set entry_count = entry_count + 1, head_hash = ?, last_entry_id = ? where id = 1")
                .params(hash, id).update();
        return new AuditEntry(id, occurredAt, event.actor(), event.actorRole(), address, event.kind().name(),
                event.cycleId(), event.unitId(), event.subject(), event.before(), event.after(), head.hash(), hash);
    }

    /** The head, locked until the transaction ends: no entry is appended meanwhile, on any node. */
    ChainHead lockHead() {
        return jdbc.sql(AuditRows.HEAD + " for update").query((rs, n) -> AuditRows.head(rs)).single();
    }

    /**
     * The entries from the start of the chain up to the first one at or after {@code cutoff}, in id
     * order, one at a time: the prefix that retention may remove (a later entry that is older, e.g.
     * after the clock was set back, stays with the entries around it).
     */
    void forEachBefore(Instant cutoff, Consumer<AuditEntry> action) {
        Long firstKept = jdbc.sql("select min(id) from audit_entry where occurred_at >= ?")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).query(Long.class).optional().orElse(null);
        String bound = firstKept == null ? "" : " where id < " + firstKept;
        jdbc.sql("select " + AuditRows.COLUMNS + " from audit_entry" + bound + " order by id")
                .query(rs -> {
                    action.accept(AuditRows.entry(rs));
                });
    }

    /** Removes the entries up to {@code lastId} and makes the last one's hash the anchor of the chain. */
    void prune(long lastId, String anchorHash, long count, Instant at) {
        jdbc.sql("delete from audit_entry where id <= ?").param(lastId).update();
        jdbc.sql("update audit_head set anchor_hash = ?, pruned_count = pruned_count + ?, pruned_through_id = ?,"
                        + " pruned_at = ? where id = 1")
                .params(anchorHash, count, lastId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    ChainHead head() {
        return jdbc.sql(AuditRows.HEAD).query((rs, n) -> AuditRows.head(rs)).single();
    }

    /** One page of the entries that match, newest first. */
    List<AuditEntry> page(AuditQuery query, ZoneId zone, int page, int size) {
        Where where = where(query, zone);
        return jdbc.sql("select " + AuditRows.COLUMNS + " from audit_entry" + where.sql
                        + " order by id desc limit ? offset ?")
                .params(where.with((long) size, (long) (page - 1) * size))
                .query((rs, n) -> AuditRows.entry(rs)).list();
    }

    /** The latest entries of one unit in one cycle, newest first. */
    List<AuditEntry> latestForUnit(long cycleId, long unitId, int limit) {
        return jdbc.sql("select " + AuditRows.COLUMNS + " from audit_entry where unit_id = ? and cycle_id = ?"
                        + " order by id desc limit ?")
                .params(unitId, cycleId, limit)
                .query((rs, n) -> AuditRows.entry(rs)).list();
    }

    long count(AuditQuery query, ZoneId zone) {
        Where where = where(query, zone);
        return jdbc.sql("select count(*) from audit_entry" + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** Every matching entry, newest first, one at a time (for exports of any size). */
    void forEach(AuditQuery query, ZoneId zone, Consumer<AuditEntry> action) {
        Where where = where(query, zone);
        jdbc.sql("select " + AuditRows.COLUMNS + " from audit_entry" + where.sql + " order by id desc")
                .params(where.params)
                .query(rs -> {
                    action.accept(AuditRows.entry(rs));
                });
    }

    private record Where(String sql, List<Object> params) {

        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }

    private static Where where(AuditQuery query, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.unitId() != null) {
            conditions.add("unit_id = ?");
            params.add(query.unitId());
        }
        if (query.user() != null) {
            conditions.add("actor = ?");
            params.add(query.user());
        }
        if (query.kind() != null) {
            conditions.add("kind = ?");
            params.add(query.kind().name());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(query.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }
}
