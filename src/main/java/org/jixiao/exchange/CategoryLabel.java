package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;

/**
 * A category label as tables write it in the 项目 column: "重点工作目标（15分）", "职 能 工 作 目 标
 * (75分)", "行政能力目标 20分". One cell may hold several ("职能工作目标（75分） 重点工作目标").
 *
 * @param name   the official name the label stands for, e.g. 常规工作目标
 * @param role   what rules treat it as; {@code null} for the 职能工作目标 group heading
 * @param points points written with it, {@code null} when none
 */
record CategoryLabel(String name, @Nullable CategoryRole role, @Nullable Points points) {

    private static final Pattern SEPARATORS = Pattern.compile("[：:、+＋/]");

    static final String FUNCTIONAL_GROUP = "职能工作目标";

    /** A way a file writes a category: the text, and the category it stands for. */
    record Alias(String alias, String name, @Nullable CategoryRole role) {

        Alias {
            alias = CellText.compact(alias);
        }
    }

    /** The template's own names and synonyms, longest first, so that they win over the built-in ones. */
    static List<Alias> templateNames(@Nullable TableTemplate template) {
        if (template == null) {
            return List.of();
        }
        List<Alias> names = new ArrayList<>();
        for (CategoryTemplate c : template.categories()) {
            names.add(new Alias(c.name(), c.name(), c.role()));
            c.synonyms().forEach(synonym -> names.add(new Alias(synonym, c.name(), c.role())));
        }
        return sortedLongestFirst(names.stream().filter(a -> !a.alias().isEmpty()).toList());
    }

    private static final List<Alias> ALIASES = sortedLongestFirst(List.of(
            new Alias("职能工作目标", FUNCTIONAL_GROUP, null),
            new Alias("职能目标", FUNCTIONAL_GROUP, null),
            new Alias("重点工作目标", "重点工作目标", CategoryRole.KEY_WORK),
            new Alias("重点工作", "重点工作目标", CategoryRole.KEY_WORK),
            new Alias("重点目标", "重点工作目标", CategoryRole.KEY_WORK),
            new Alias("常规工作目标", "常规工作目标", CategoryRole.ROUTINE_WORK),
            new Alias("常规工作", "常规工作目标", CategoryRole.ROUTINE_WORK),
            new Alias("常规目标", "常规工作目标", CategoryRole.ROUTINE_WORK),
            new Alias("动态工作目标", "动态工作目标", CategoryRole.DYNAMIC_WORK),
            new Alias("动态工作", "动态工作目标", CategoryRole.DYNAMIC_WORK),
            new Alias("动态目标", "动态工作目标", CategoryRole.DYNAMIC_WORK),
            new Alias("行政能力目标", "行政能力目标", CategoryRole.ADMINISTRATIVE_CAPACITY),
            new Alias("行政能力", "行政能力目标", CategoryRole.ADMINISTRATIVE_CAPACITY),
            new Alias("精神文明建设成效", "精神文明", CategoryRole.OTHER),
            new Alias("精神文明建设工作", "精神文明", CategoryRole.OTHER),
            new Alias("精神文明创建", "精神文明", CategoryRole.OTHER),
            new Alias("文明创建", "精神文明", CategoryRole.OTHER),
            new Alias("平安建设工作", "平安建设", CategoryRole.OTHER),
            new Alias("综治工作", "平安建设", CategoryRole.OTHER),
            new Alias("安全生产工作", "安全生产", CategoryRole.OTHER),
            new Alias("消防工作", "消防安全", CategoryRole.OTHER),
            new Alias("精神文明建设", "精神文明", CategoryRole.OTHER),
            new Alias("精神文明", "精神文明", CategoryRole.OTHER),
            new Alias("平安建设成效", "平安建设", CategoryRole.OTHER),
            new Alias("平安建设", "平安建设", CategoryRole.OTHER),
            new Alias("安全生产工作成效", "安全生产", CategoryRole.OTHER),
            new Alias("安全生产成效", "安全生产", CategoryRole.OTHER),
            new Alias("安全生产", "安全生产", CategoryRole.OTHER),
            new Alias("消防安全工作成效", "消防安全", CategoryRole.OTHER),
            new Alias("消防安全成效", "消防安全", CategoryRole.OTHER),
            new Alias("消防安全", "消防安全", CategoryRole.OTHER)));

    private static final Pattern POINTS = Pattern.compile("^[（(]?(\\d{1,4}(\\.\\d{1,2})?)分[)）]?");
    /** A qualifier in brackets after a name, without points: 平安建设（综治）. */
    private static final Pattern QUALIFIER = Pattern.compile("^[（(][^）)\\d]{1,8}[)）]");

    boolean isGroup() {
        return role == null;
    }

    /**
     * The labels a cell consists of, or empty when the cell is anything else (an indicator's text
     * that merely mentions 安全生产 is no label). {@code extraNames} are the template's own names.
     */
    static List<CategoryLabel> parse(String cell, List<Alias> extraNames) {
        String rest = SEPARATORS.matcher(CellText.compact(cell)).replaceAll("");
        if (rest.isEmpty() || rest.length() > 40) {
            return List.of();
        }
        List<CategoryLabel> labels = new ArrayList<>();
        while (!rest.isEmpty()) {
            Optional<CategoryLabel> known = match(rest, extraNames);
            if (known.isEmpty()) {
                return List.of();
            }
            CategoryLabel label = known.get();
            rest = rest.substring(matchedLength(rest, label, extraNames));
            Matcher qualifier = QUALIFIER.matcher(rest);
            if (qualifier.find()) {
                rest = rest.substring(qualifier.end());
            }
            Matcher points = POINTS.matcher(rest);
            Points declared = null;
            if (points.find()) {
                declared = Points.of(points.group(1));
                rest = rest.substring(points.end());
            }
            labels.add(new CategoryLabel(label.name, label.role, declared));
        }
        return labels;
    }

    private static Optional<CategoryLabel> match(String text, List<Alias> extraNames) {
        return alias(text, extraNames).map(a -> new CategoryLabel(a.name, a.role, null));
    }

    private static Optional<Alias> alias(String text, List<Alias> extraNames) {
        for (Alias extra : extraNames) {
            if (text.startsWith(extra.alias)) {
                return Optional.of(extra);
            }
        }
        return ALIASES.stream().filter(a -> text.startsWith(a.alias)).findFirst();
    }

    private static int matchedLength(String text, CategoryLabel label, List<Alias> extraNames) {
        return alias(text, extraNames).orElseThrow().alias.length();
    }

    /** 小计, 合计, 总计 or the table's final score line ("绩效目标考评得分"). */
    static boolean isTotal(String cell) {
        String c = CellText.compact(cell);
        return c.equals("小计") || c.equals("合计") || c.equals("总计") || c.equals("总分") || isDeclaredTotal(c);
    }

    /** The line giving the whole table's points ("绩效目标考评得分(职能工作目标+行政能力目标) 100"). */
    static boolean isDeclaredTotal(String cell) {
        String c = CellText.compact(cell);
        return c.contains("考评得分") || c.startsWith("总分") || c.startsWith("总计") && c.length() > 2;
    }

    private static List<Alias> sortedLongestFirst(List<Alias> aliases) {
        return aliases.stream().sorted(Comparator.comparingInt((Alias a) -> a.alias.length()).reversed()).toList();
    }
}
