package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Location;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/**
 * 职能工作目标 must neither repeat a 行政能力目标 item nor carry content that belongs there
 * (党建, 综治, 宣传, 精神文明 …) [001].
 */
public final class NoAdministrativeContentInFunctional implements TableRule {

    public static final String REPEATS_ADMINISTRATIVE = "FUNCTIONAL_REPEATS_ADMINISTRATIVE";
    public static final String ADMINISTRATIVE_CONTENT = "FUNCTIONAL_ADMINISTRATIVE_CONTENT";

    /** Shorter texts ("党建工作") would be contained in many items and match by accident. */
    static final int MIN_COMPARED_LENGTH = 6;

    @Override
    public List<Finding> check(TableCheck check) {
        // Normalized once per check, not once per row and item.
        Map<FixedItemTemplate, String> administrative = new LinkedHashMap<>();
        check.template().categories().stream()
                .filter(c -> c.role() == CategoryRole.ADMINISTRATIVE_CAPACITY)
                .map(CategoryTemplate::fixedItems)
                .flatMap(List::stream)
                .forEach(item -> administrative.put(item, Texts.normalized(item.text())));
        List<String> keywords = check.rules().administrativeKeywords();
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            if (!category.role().isFunctional()) {
                continue;
            }
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                findings.addAll(check(l1.text(), Location.of(category, l1), "一级指标", administrative, keywords));
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    findings.addAll(check(l2.text(), Location.of(category, l2), "二级指标", administrative,
                            keywords));
                }
            }
        }
        return findings;
    }

    private static List<Finding> check(String text, Location location, String level,
                                       Map<FixedItemTemplate, String> administrative, List<String> keywords) {
        List<Finding> findings = new ArrayList<>();
        String code = Texts.codeOrRow(location.indicatorCode());
        repeated(text, administrative).ifPresent(item -> findings.add(Finding.error(REPEATS_ADMINISTRATIVE,
                location, level + " " + code + "“" + text + "”与行政能力目标 " + item.code() + "“" + item.text()
                        + "”重复，请从职能工作目标中删除或改写为本单位职能工作")));
        List<String> found = Texts.keywordsIn(text, keywords);
        if (!found.isEmpty()) {
            findings.add(Finding.warning(ADMINISTRATIVE_CONTENT, location, level + " " + code + " 含有“"
                    + String.join("”“", found) + "”内容，此类内容属于行政能力目标，不应列入职能工作目标，"
                    + "请删除或改写为本单位业务工作"));
        }
        return findings;
    }

    private static Optional<FixedItemTemplate> repeated(String text, Map<FixedItemTemplate, String> administrative) {
        String normalized = Texts.normalized(text);
        if (normalized.length() < MIN_COMPARED_LENGTH) {
            return Optional.empty();
        }
        return administrative.entrySet().stream()
                .filter(item -> {
                    String fixed = item.getValue();
                    return fixed.length() >= MIN_COMPARED_LENGTH
                            && (fixed.contains(normalized) || normalized.contains(fixed));
                })
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
