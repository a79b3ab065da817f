package org.jixiao.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审计日志留存: once a day, the entries older than {@link AuditProperties#retention()} (never less than
 * six months) at the start of the chain are written to an archive file and removed from the
 * database. Before anything is removed they are verified from the current anchor (a broken part is
 * never removed: that would destroy the evidence); afterwards the hash of the last removed entry is
 * the chain's new anchor, so that {@code audit verify} checks the entries kept from there, and the
 * archive files check the removed ones by the same rule. The clean-up itself is the next entry
 * (审计日志清理). One transaction holding the head lock, so that no entry is appended meanwhile on
 * any node and a failure removes nothing.
 */
@Service
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    /** The actor of the clean-up entry: the system itself, on its schedule. */
    static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(AuditEntries entries, AuditTrail trail, AuditProperties properties, Clock clock) {
        this.entries = entries;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a clean-up removed: nothing ({@code count} 0), or entries up to {@code lastId} archived in {@code file}. */
    public record Outcome(long count, @Nullable Long firstId, @Nullable Long lastId, @Nullable Path file,
                          String anchor) {
    }

    @Scheduled(cron = "${jixiao.audit.retention-schedule:0 30 2 * * *}")
    void daily() {
        Outcome outcome = prune();
        if (outcome.count() > 0) {
            log.info("审计日志清理：{} 条超过留存期的记录（编号 {}–{}）已归档至 {} 并移出数据库，链起点 {}", outcome.count(),
                    outcome.firstId(), outcome.lastId(), outcome.file(), outcome.anchor());
        }
    }

    /** Archives and removes the entries older than the retention period; refuses if they do not verify. */
    @Transactional
    public Outcome prune() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.retention());
        ChainHead head = entries.lockHead();
        Archive archive = new Archive(properties.archiveDirectory(), head.anchorHash());
        try {
            entries.forEachBefore(cutoff, archive::add);
        } finally {
            archive.close();
        }
        if (archive.count == 0) {
            archive.discard();
            return new Outcome(0, null, null, null, head.anchorHash());
        }
        archive.seal();
        entries.prune(archive.lastId, archive.verifier.lastHash(), archive.count, now);
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("条数", archive.count);
        after.put("起始编号", archive.firstId);
        after.put("截止编号", archive.lastId);
        after.put("早于", cutoff.toString());
        after.put("归档文件", archive.file.getFileName().toString());
        after.put("新链起点", archive.verifier.lastHash());
        trail.record(AuditEvent.change(AuditKind.RETENTION, SYSTEM, "SYSTEM", null, null,
                "审计日志清理：" + archive.count + " 条超过留存期的记录已归档", null, after));
        return new Outcome(archive.count, archive.firstId, archive.lastId, archive.file, archive.verifier.lastHash());
    }

    /** The archive file being written, verifying each entry as it goes in. */
    private static final class Archive {

        Path file;
        final ChainVerifier verifier;
        private final BufferedWriter writer;
        long count;
        @Nullable Long firstId;
        long lastId;

        Archive(Path directory, String anchor) {
            this.verifier = new ChainVerifier(anchor);
            try {
                Files.createDirectories(directory);
                this.file = Files.createTempFile(directory, "audit-", ".jsonl.part");
                this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入审计日志归档目录 " + directory, e);
            }
        }

        void add(AuditEntry entry) {
            if (!verifier.accept(entry)) {
                throw new IllegalStateException("审计链在编号 " + entry.id() + " 处不完整，不能清理：请先运行 audit verify 查明原因");
            }
            try {
                writer.write(AuditEvent.json(entry));
                writer.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入审计日志归档 " + file, e);
            }
            if (firstId == null) {
                firstId = entry.id();
            }
            lastId = entry.id();
            count++;
        }

        void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入审计日志归档 " + file, e);
            }
        }

        /** The finished archive under its final name: audit-FIRST-LAST.jsonl. */
        void seal() {
            try {
                // An archive of the same ids may exist already (a database restored from an older backup
                // prunes the same entries again): never overwrite it, number the new one.
                String name = "audit-" + firstId + "-" + lastId;
                Path target = file.resolveSibling(name + ".jsonl");
                for (int n = 2; Files.exists(target); n++) {
                    target = file.resolveSibling(name + "-" + n + ".jsonl");
                }
                file = Files.move(file, target);
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入审计日志归档 " + file, e);
            }
        }

        void discard() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("无法删除空的审计日志归档 " + file, e);
            }
        }
    }
}
