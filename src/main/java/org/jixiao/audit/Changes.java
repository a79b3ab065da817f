package org.jixiao.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's before → after as people read it: for two JSON objects, only the fields that differ;
 * otherwise the two values whole.
 */
final class Changes {

    /** One changed field ({@code field} blank for a whole value); values as text, blank for none. */
    record Change(String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Changes() {
    }

    static List<Change> between(@Nullable String before, @Nullable String after) {
        JsonNode old = parse(before);
        JsonNode now = parse(after);
        if ((old == null || old.isObject()) && (now == null || now.isObject()) && (old != null || now != null)) {
            Set<String> fields = new LinkedHashSet<>();
            if (old != null) {
                fields.addAll(old.propertyNames());
            }
            if (now != null) {
                fields.addAll(now.propertyNames());
            }
            List<Change> changes = new ArrayList<>();
            for (String field : fields) {
                String a = text(old == null ? null : old.get(field), null);
                String b = text(now == null ? null : now.get(field), null);
                if (!a.equals(b)) {
                    changes.add(new Change(field, a, b));
                }
            }
            return changes;
        }
        if (before == null && after == null) {
            return List.of();
        }
        return List.of(new Change("", text(old, before), text(now, after)));
    }

    private static @Nullable JsonNode parse(@Nullable String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A value as text: strings without quotes, other JSON compact, unparsable text as stored. */
    private static String text(@Nullable JsonNode node, @Nullable String raw) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Objects.requireNonNullElse(raw, "");
        }
        return node.isString() ? node.asString() : node.toString();
    }
}
