package org.jixiao.tracking.internal;

import org.jspecify.annotations.Nullable;

/**
 * 二级绩效方案 — a unit's internal plan for one of its departments (科室/处室).
 *
 * @param departmentId the department as the organization holds it, {@code null} where it holds none
 * @param responsible  the department's responsible person (科室负责人)
 */
public record InternalPlan(long id, long cycleId, long unitId, @Nullable Long departmentId, String departmentName,
                           String responsible) {
}
