package org.jixiao.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * A person of a unit with their duty in the assessment and their official title (职务).
 *
 * @param departmentId the department (科室) they belong to, if any
 */
public record Person(@Id @Nullable Long id, long unitId, String name, Duty duty, String title, int position,
                     @Nullable Long departmentId) {

    public Person(@Nullable Long id, long unitId, String name, Duty duty, String title, int position) {
        this(id, unitId, name, duty, title, position, null);
    }
}
