package org.jixiao.audit;

import java.util.List;

/**
 * An entry as a page lists it: the entry and its before → after field by field (for two JSON
 * objects, only the fields that differ), for modules that show part of the trail to their users.
 */
public record AuditLine(AuditEntry entry, List<Change> changes) {

    public AuditLine {
        changes = List.copyOf(changes);
    }

    /** One changed field ({@code field} blank for a whole value); values as text, blank for none. */
    public record Change(String field, String before, String after) {
    }

    static AuditLine of(AuditEntry entry) {
        return new AuditLine(entry, Changes.between(entry.before(), entry.after()).stream()
                .map(c -> new Change(c.field(), c.before(), c.after())).toList());
    }
}
