package org.jixiao.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** A person of a unit with their duty in the assessment and their official title. */
public record Person(@Id @Nullable Long id, long unitId, String name, Duty duty, String title, int position) {
}
