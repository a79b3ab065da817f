package org.jixiao.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** 考评组 — a group of units within one cycle's series, whose members review and grade each other. */
public record AssessmentGroup(@Id @Nullable Long id, long cycleId, String name, int position) {
}
