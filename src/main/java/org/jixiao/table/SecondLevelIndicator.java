package org.jixiao.table;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 二级指标 — a concrete, scored task beneath a first-level indicator.
 *
 * @param id             stable row identity within the table
 * @param code           序号 such as 1-3-2; absent when the source table gave none
 * @param text           the task as written
 * @param weight         权重; absent when the source table gave none
 * @param responsibility deadline, departments, leaders, persons and remark
 */
public record SecondLevelIndicator(
        UUID id,
        @Nullable IndicatorCode code,
        String text,
        @Nullable Points weight,
        Responsibility responsibility) {

    public SecondLevelIndicator {
        text = text == null ? "" : text.strip();
        if (id == null || responsibility == null) {
            throw new IllegalArgumentException("二级指标缺少标识或责任分工");
        }
    }

    public static SecondLevelIndicator create(@Nullable IndicatorCode code, String text, @Nullable Points weight,
                                              Responsibility responsibility) {
        return new SecondLevelIndicator(UUID.randomUUID(), code, text, weight, responsibility);
    }

    public Points weightOrZero() {
        return weight == null ? Points.ZERO : weight;
    }
}
