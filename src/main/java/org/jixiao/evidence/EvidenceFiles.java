package org.jixiao.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.settings.SystemSettings;
import org.jixiao.settings.SystemSettingsService;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The shared evidence store (佐证资料): checks an upload (name, size, type), stores its content once by
 * hash and records its metadata. Callers decide who may upload, read or delete; this decides nothing
 * about access.
 */
@Service
public class EvidenceFiles {

    private static final int MAX_NAME_LENGTH = 255;

    private final EvidenceRepository repository;
    private final EvidenceStorage storage;
    private final EvidenceProperties properties;
    private final SystemSettingsService settings;
    private final Clock clock;

    EvidenceFiles(EvidenceRepository repository, EvidenceStorage storage, EvidenceProperties properties,
                  SystemSettingsService settings, Clock clock) {
        this.repository = repository;
        this.storage = storage;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
    }

    /** An uploaded file as the request carried it. */
    public record Upload(@Nullable String fileName, @Nullable String contentType, long size, InputStream content) {
    }

    /**
     * Checks and stores an upload for a row of a unit's table.
     *
     * @param period the reporting period it is reported with, {@code null} for the self-evaluation
     */
    public EvidenceFile store(long cycleId, long unitId, UUID rowId, @Nullable Integer period, Upload upload,
                              String uploadedBy) {
        String name = upload.fileName() == null ? "" : upload.fileName().replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty() || upload.size() == 0) {
            throw Refused.invalid("EVIDENCE_MISSING", "请选择要上传的佐证材料文件");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw Refused.invalid("EVIDENCE_NAME_TOO_LONG", "佐证材料文件名不能超过 " + MAX_NAME_LENGTH + " 个字");
        }
        // the 系统管理员's settings may lower the deployment's limits, never raise them
        SystemSettings current = settings.current();
        long maxBytes = Math.min(properties.maxSize().toBytes(), current.evidenceMaxSizeBytes());
        if (upload.size() > maxBytes) {
            throw Refused.invalid("EVIDENCE_TOO_LARGE", "文件“" + name + "”超过 " + Math.max(1, maxBytes / (1024 * 1024))
                    + " MB，请压缩或拆分后上传");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<String> accepted = properties.extensions().stream().filter(current.evidenceExtensions()::contains).toList();
        if (!accepted.contains(extension)) {
            throw Refused.invalid("EVIDENCE_TYPE", "不支持的文件类型“" + (extension.isEmpty() ? "无扩展名" : extension)
                    + "”，可上传：" + String.join("、", accepted));
        }
        String hash;
        try {
            hash = storage.put(upload.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = upload.contentType();
        EvidenceFile file = new EvidenceFile(UUID.randomUUID(), cycleId, unitId, rowId, hash, name,
                type == null || type.isBlank() || type.length() > 100 ? "application/octet-stream" : type,
                upload.size(), uploadedBy, clock.instant(), period);
        repository.insert(file);
        return file;
    }

    /** Every evidence file of the unit in the cycle, reported during the year or with the self-evaluation. */
    public List<EvidenceFile> ofUnit(long cycleId, long unitId) {
        return repository.ofUnit(cycleId, unitId);
    }

    /** The files reported with one reporting period. */
    public List<EvidenceFile> ofPeriod(long cycleId, long unitId, int period) {
        return repository.ofPeriod(cycleId, unitId, period);
    }

    public Optional<EvidenceFile> find(UUID fileId) {
        return repository.find(fileId);
    }

    public void delete(UUID fileId) {
        repository.delete(fileId);
    }

    /** The stored content; a missing content is an {@link IOException}. */
    public InputStream open(EvidenceFile file) throws IOException {
        return storage.open(file.sha256());
    }
}
