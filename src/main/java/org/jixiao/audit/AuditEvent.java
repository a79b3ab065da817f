package org.jixiao.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change to record: what kind, who did it in which role, in which cycle and unit, on what
 * ({@code subject}, e.g. "自评 行 1-3-2"), and the state before and after as JSON ({@code null} where
 * there was none: nothing before a creation, nothing after a deletion). The trail adds the time and
 * the address.
 */
public record AuditEvent(AuditKind kind, String actor, String actorRole, @Nullable Long cycleId,
                         @Nullable Long unitId, String subject, @Nullable String before, @Nullable String after) {

    static final int MAX_ACTOR = 200;
    static final int MAX_ROLE = 50;
    static final int MAX_SUBJECT = 500;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public AuditEvent {
        Objects.requireNonNull(kind, "kind");
        actor = clip(Objects.requireNonNull(actor, "actor").strip(), MAX_ACTOR);
        actorRole = clip(Objects.requireNonNull(actorRole, "actorRole").strip(), MAX_ROLE);
        subject = clip(Objects.requireNonNull(subject, "subject").strip(), MAX_SUBJECT);
        if (actor.isEmpty()) {
            throw new IllegalArgumentException("审计记录缺少操作人");
        }
    }

    /**
     * A change of named settings: before and after hold only the names whose value differs (in the
     * order of {@code before}), so a save that changes one value records one value.
     */
    public static AuditEvent changedFields(AuditKind kind, String actor, String actorRole, String subject,
                                           Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                was.put(name, value);
                is.put(name, after.get(name));
            }
        });
        return change(kind, actor, actorRole, null, null, subject, was, is);
    }

    /** An event whose before and after are objects, serialised with {@link #json(Object)}. */
    public static AuditEvent change(AuditKind kind, String actor, String actorRole, @Nullable Long cycleId,
                                    @Nullable Long unitId, String subject, @Nullable Object before,
                                    @Nullable Object after) {
        return new AuditEvent(kind, actor, actorRole, cycleId, unitId, subject, json(before), json(after));
    }

    /**
     * Any value (record, map, number, text) as JSON with Jackson; {@code null} stays {@code null}.
     * A {@link String} becomes a JSON string: pass JSON text that is already serialised to the
     * constructor instead.
     */
    public static @Nullable String json(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
