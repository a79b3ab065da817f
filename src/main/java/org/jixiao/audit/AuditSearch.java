package org.jixiao.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail for those allowed to: pages of 50 entries, newest first, and the xlsx export. */
@Service
class AuditSearch {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final Clock clock;

    AuditSearch(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A page of entries; {@code number} counts from 1. */
    record Page(List<AuditEntry> entries, long total, int number) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages();
        }
    }

    @Transactional(readOnly = true)
    Page page(AuditQuery query, int page, @Nullable Authentication who) {
        AuditReaders.require(who);
        if (page < 1) {
            throw new IllegalArgumentException("页码从 1 开始");
        }
        return new Page(entries.page(query, zone(), page, PAGE_SIZE), entries.count(query, zone()), page);
    }

    @Transactional(readOnly = true)
    void export(AuditQuery query, @Nullable Authentication who, OutputStream out) throws IOException {
        AuditReaders.require(who);
        try (AuditWorkbook workbook = new AuditWorkbook(zone())) {
            entries.forEach(query, zone(), workbook::add);
            workbook.write(out);
        }
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
