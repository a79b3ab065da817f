package org.jixiao.plan.web;

import java.util.Map;
import java.util.UUID;
import org.jixiao.plan.RowForm;
import org.jspecify.annotations.Nullable;

/**
 * Which editor the table shows, if any: a row being changed or a row being added, with what was
 * typed and the messages for the fields that were wrong.
 *
 * @param kind   l1, l2, item, new-l1 (target = category key) or new-l2 (target = first-level id)
 * @param target the row id or category key the editor belongs to
 */
public record Editing(String kind, String target, RowForm form, Map<String, String> errors) {

    static @Nullable Editing parse(@Nullable String param) {
        if (param == null || !param.contains(":")) {
            return null;
        }
        String[] parts = param.split(":", 2);
        return new Editing(parts[0], parts[1], RowForm.blank(), Map.of());
    }

    Editing with(RowForm form, Map<String, String> errors) {
        return new Editing(kind, target, form, errors);
    }

    boolean isFor(String kind, Object target) {
        return this.kind.equals(kind) && this.target.equals(target.toString());
    }

    boolean adds() {
        return kind.startsWith("new-");
    }

    @Nullable UUID rowId() {
        return adds() ? null : UUID.fromString(target);
    }
}
