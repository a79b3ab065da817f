package org.jixiao.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** The trail as an xlsx sheet, one row per entry, streamed so that any number of entries fits. */
final class AuditWorkbook implements AutoCloseable {

    private static final String[] HEADINGS = {"编号", "时间", "用户", "角色", "地址", "类别", "考评年度", "单位",
            "对象", "修改前", "修改后", "前一条哈希", "本条哈希"};
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet = workbook.createSheet("审计日志");
    private final DateTimeFormatter time;
    private int next = 1;

    AuditWorkbook(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        Row heading = sheet.createRow(0);
        for (int i = 0; i < HEADINGS.length; i++) {
            heading.createCell(i).setCellValue(HEADINGS[i]);
        }
    }

    void add(AuditEntry e) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(e.id());
        Object[] texts = {time.format(e.occurredAt()), e.actor(), e.actorRole(), e.address(), e.kind(), e.cycleId(),
                e.unitId(), e.subject(), e.before(), e.after(), e.previousHash(), e.entryHash()};
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i + 1).setCellValue(text(texts[i]));
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Removes the temporary files the streaming workbook keeps on disk. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private static String text(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
