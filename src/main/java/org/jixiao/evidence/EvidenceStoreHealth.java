package org.jixiao.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * {@code evidenceStore} in {@code /actuator/health}: DOWN when the evidence directory cannot be written
 * or its disk has less free space than {@link EvidenceProperties#minFreeSpace()}. A directory not yet
 * created (no file uploaded yet) is judged by the disk it will be created on.
 */
@Component("evidenceStore")
class EvidenceStoreHealth extends AbstractHealthIndicator {

    private final Path directory;
    private final DataSize minFreeSpace;

    EvidenceStoreHealth(EvidenceProperties properties) {
        super("Evidence store health check failed");
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.minFreeSpace = properties.minFreeSpace();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            builder.down().withDetail("directory", directory.toString());
            return;
        }
        long free = Files.getFileStore(existing).getUsableSpace();
        boolean writable = Files.isWritable(existing);
        builder.status(writable && free >= minFreeSpace.toBytes() ? "UP" : "DOWN")
                .withDetail("directory", directory.toString())
                .withDetail("writable", writable)
                .withDetail("free", free)
                .withDetail("threshold", minFreeSpace.toBytes());
    }
}
