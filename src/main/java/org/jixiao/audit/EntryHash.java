package org.jixiao.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit entry (docs/audit.md): lowercase hex SHA-256 of the UTF-8 bytes of
 * <pre>
 * "jixiao-audit-v1" F(previous_hash) F(occurred_at) F(actor) F(actor_role) F(address) F(kind)
 *                   F(cycle_id) F(unit_id) F(subject) F(before_json) F(after_json)
 * F(null)  = "|-"
 * F(value) = "|" n ":" value      n = the number of UTF-8 bytes of value, in decimal
 * </pre>
 * {@code occurred_at} is written in UTC with exactly six fraction digits
 * ({@code 2025-03-01T08:15:30.123456Z}), ids in decimal. The length prefix makes the encoding
 * unambiguous without escaping: no two different entries serialise alike. The database id is not
 * hashed (PostgreSQL leaves gaps after rollbacks); the order is protected by {@code previous_hash}.
 */
public final class EntryHash {

    /** The {@code previous_hash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "jixiao-audit-v1".getBytes(StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The hash the entry should carry, computed from its stored content. */
    public static String of(AuditEntry e) {
        return compute(e.previousHash(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(),
                e.cycleId(), e.unitId(), e.subject(), e.before(), e.after());
    }

    static String compute(String previousHash, Instant occurredAt, String actor, String actorRole,
                          @Nullable String address, String kind, @Nullable Long cycleId, @Nullable Long unitId,
                          String subject, @Nullable String before, @Nullable String after) {
        byte[] canonical = canonical(previousHash, occurredAt, actor, actorRole, address, kind, cycleId, unitId,
                subject, before, after);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] canonical(String previousHash, Instant occurredAt, String actor, String actorRole,
                            @Nullable String address, String kind, @Nullable Long cycleId, @Nullable Long unitId,
                            String subject, @Nullable String before, @Nullable String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(VERSION);
        for (String field : new String[] {previousHash, time(occurredAt), actor, actorRole, address, kind,
                number(cycleId), number(unitId), subject, before, after}) {
            field(out, field);
        }
        return out.toByteArray();
    }

    /** The precision the database keeps (microseconds); entries are timed at it before hashing. */
    static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String time(Instant time) {
        return TIME.format(time);
    }

    private static @Nullable String number(@Nullable Long value) {
        return value == null ? null : Long.toString(value);
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.writeBytes("|-".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(("|" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }
}
