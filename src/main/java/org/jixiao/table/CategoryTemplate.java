package org.jixiao.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 项目 — one category of a cycle's target table template, with its points.
 *
 * @param key        stable identifier within the template (e.g. {@code key-work})
 * @param name       official name, e.g. 重点工作目标
 * @param group      the heading it sits under, e.g. 职能工作目标; empty when none
 * @param role       what rules treat it as
 * @param points     declared points; {@code null} where the template leaves them open (动态工作目标)
 * @param fixedItems items whose content and weights are fixed; empty for authored categories
 */
public record CategoryTemplate(
        String key,
        String name,
        String group,
        CategoryRole role,
        @Nullable Points points,
        List<FixedItemTemplate> fixedItems) {

    public CategoryTemplate {
        if (key == null || key.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("考评项目需要标识和名称");
        }
        group = group == null ? "" : group.strip();
        fixedItems = List.copyOf(fixedItems);
    }

    /** Whether units fill in this category's content themselves. */
    public boolean isAuthored() {
        return fixedItems.isEmpty();
    }
}
