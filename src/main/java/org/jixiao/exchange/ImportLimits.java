package org.jixiao.exchange;

/**
 * What an import accepts at most. Files beyond these limits are refused before they are parsed
 * further, so that one hostile upload cannot stall the server.
 *
 * @param maxBytes         largest file accepted
 * @param maxRows          most rows in a sheet, a Word table or a text
 * @param minInflateRatio  smallest compressed/uncompressed ratio of a zip entry (POI zip-bomb guard)
 * @param maxEntryBytes    largest uncompressed zip entry (one sheet's XML)
 */
public record ImportLimits(long maxBytes, int maxRows, double minInflateRatio, long maxEntryBytes) {

    public static final ImportLimits DEFAULTS = new ImportLimits(10L * 1024 * 1024, 5_000, 0.01, 100L * 1024 * 1024);

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || minInflateRatio <= 0 || maxEntryBytes <= 0) {
            throw new IllegalArgumentException("导入限制必须为正数");
        }
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxBytes, rows, minInflateRatio, maxEntryBytes);
    }

    public ImportLimits withMaxBytes(long bytes) {
        return new ImportLimits(bytes, maxRows, minInflateRatio, maxEntryBytes);
    }
}
