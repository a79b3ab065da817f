package org.jixiao.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** 科室 — a department of a unit (科室, 股室, 分园区办事处, 事业单位) with its head (科室负责人). */
public record Department(@Id @Nullable Long id, long unitId, String name, String head, int position) {
}
