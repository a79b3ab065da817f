package org.jixiao.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * 参评单位 — a government unit assessed within a series (系列) and, for peer review, a group (组).
 * The group here is the unit's current one; a cycle's own grouping is its membership
 * ({@code cycle_unit}).
 *
 * @param parentId the district a township belongs to, if any
 */
public record Unit(@Id @Nullable Long id, String name, String shortName, String series, String groupName,
                   UnitLevel level, @Nullable Long parentId) {

    public static Unit create(String name, String shortName, String series, String groupName) {
        return new Unit(null, name, shortName, series, groupName, UnitLevel.CITY, null);
    }
}
