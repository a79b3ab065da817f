package org.jixiao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads {@code audit_entry} and {@code audit_head} rows, for the application and the command alike. */
final class AuditRows {

    static final String COLUMNS = "id, occurred_at, actor, actor_role, address, kind, cycle_id, unit_id, subject, "
            + "before_json, after_json, previous_hash, entry_hash";

    static final String HEAD = "select entry_count, head_hash, last_entry_id, anchor_hash, pruned_count from audit_head"
            + " where id = 1";

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("actor_role"), rs.getString("address"), rs.getString("kind"),
                rs.getObject("cycle_id", Long.class), rs.getObject("unit_id", Long.class), rs.getString("subject"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    static ChainHead head(ResultSet rs) throws SQLException {
        String anchor = rs.getString("anchor_hash");
        return new ChainHead(rs.getLong("entry_count"), rs.getString("head_hash"),
                rs.getObject("last_entry_id", Long.class), anchor == null ? EntryHash.GENESIS : anchor,
                rs.getLong("pruned_count"));
    }
}
