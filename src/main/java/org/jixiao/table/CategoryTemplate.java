package org.jixiao.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 项目 — one category of a cycle's target table template, with its points.
 *
 * @param key            stable identifier within the template (e.g. {@code key-work})
 * @param name           official name, e.g. 重点工作目标
 * @param group          the heading it sits under, e.g. 职能工作目标; empty when none
 * @param role           what rules treat it as
 * @param points         declared points; {@code null} where the template leaves them open (动态工作目标)
 * @param fixedItems     items whose content and weights are fixed; empty for authored categories
 * @param codeNumber     序号首位 — the leading number of the category's codes (1 for 重点 in 2025: 1-1, 1-2 …);
 *                       {@code null} where the template leaves numbering to the unit
 * @param leadDepartment 牵头部门 that scores the whole category (市委文明办 for 精神文明); empty when none or
 *                       when its items name their own
 * @param synonyms       other names files give the category (精神文明建设, 精神文明创建 for 精神文明), for imports
 */
public record CategoryTemplate(
        String key,
        String name,
        String group,
        CategoryRole role,
        @Nullable Points points,
        List<FixedItemTemplate> fixedItems,
        @Nullable Integer codeNumber,
        String leadDepartment,
        List<String> synonyms) {

    public CategoryTemplate {
        if (key == null || key.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("考评项目需要标识和名称");
        }
        if (role == null) {
            throw new IllegalArgumentException("考评项目“" + name.strip() + "”需要设定类别");
        }
        if (codeNumber != null && codeNumber < 1) {
            throw new IllegalArgumentException("考评项目“" + name.strip() + "”的序号首位应为正整数");
        }
        name = name.strip();
        group = group == null ? "" : group.strip();
        fixedItems = fixedItems == null ? List.of() : List.copyOf(fixedItems);
        leadDepartment = leadDepartment == null ? "" : leadDepartment.strip();
        synonyms = synonyms == null ? List.of()
                : synonyms.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }

    /** A category without synonyms. */
    public CategoryTemplate(String key, String name, String group, CategoryRole role, @Nullable Points points,
                            List<FixedItemTemplate> fixedItems, @Nullable Integer codeNumber, String leadDepartment) {
        this(key, name, group, role, points, fixedItems, codeNumber, leadDepartment, List.of());
    }

    /** A category without numbering or lead department, as templates stored before those were kept. */
    public CategoryTemplate(String key, String name, String group, CategoryRole role, @Nullable Points points,
                            List<FixedItemTemplate> fixedItems) {
        this(key, name, group, role, points, fixedItems, null, "");
    }

    /** Whether units fill in this category's content themselves. */
    public boolean isAuthored() {
        return fixedItems.isEmpty();
    }

    /** The lead department of an item of this category: the item's own, else the category's. */
    public String leadDepartmentOf(FixedItemTemplate item) {
        return item.leadDepartment().isEmpty() ? leadDepartment : item.leadDepartment();
    }
}
