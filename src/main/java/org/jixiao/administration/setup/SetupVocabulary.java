package org.jixiao.administration.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Role;
import org.jixiao.organization.UnitLevel;

/**
 * The words a set-up workbook uses for levels, duties and roles. The first word of each is the one
 * the template offers; the others are what offices also write. English constant names are accepted
 * too, for files produced by scripts.
 */
final class SetupVocabulary {

    private static final Map<String, UnitLevel> LEVELS = words(
            "市直", UnitLevel.CITY, "市直单位", UnitLevel.CITY,
            "县区", UnitLevel.DISTRICT, "县（市、区）", UnitLevel.DISTRICT, "县(市、区)", UnitLevel.DISTRICT,
            "县市区", UnitLevel.DISTRICT, "区县", UnitLevel.DISTRICT,
            "乡镇", UnitLevel.TOWNSHIP, "乡镇（街道）", UnitLevel.TOWNSHIP, "乡镇(街道)", UnitLevel.TOWNSHIP,
            "街道", UnitLevel.TOWNSHIP);
    private static final Map<String, Duty> DUTIES = words(
            "主要领导", Duty.PRINCIPAL_LEADER, "分管领导", Duty.SUPERVISING_LEADER,
            "科室负责人", Duty.DEPARTMENT_HEAD, "责任人", Duty.RESPONSIBLE_STAFF,
            "经办人", Duty.CLERK, "单位主要领导", Duty.PRINCIPAL_LEADER, "绩效AB岗", Duty.CLERK);
    private static final Map<String, Role> ROLES = words(
            "单位经办人", Role.UNIT_CLERK, "单位领导", Role.UNIT_LEADER,
            "集中考评组成员", Role.RATER, "牵头部门", Role.LEAD_DEPARTMENT, "经办人", Role.UNIT_CLERK);

    private SetupVocabulary() {
    }

    static Optional<UnitLevel> level(String word) {
        return find(LEVELS, UnitLevel.class, word);
    }

    static Optional<Duty> duty(String word) {
        return find(DUTIES, Duty.class, word);
    }

    /**
     * The business roles only: the office's set-up workbook creates the accounts it works with; the
     * administrator roles are granted by the 系统管理员 on the account pages.
     */
    static Optional<Role> role(String word) {
        return find(ROLES, Role.class, word).filter(Role::isManagedByOffice);
    }

    /** The word the template writes for each constant, in declaration order: 市直、县区、乡镇. */
    static List<String> levelWords() {
        return offered(LEVELS, UnitLevel.values());
    }

    static List<String> dutyWords() {
        return offered(DUTIES, Duty.values());
    }

    static List<String> roleWords() {
        return offered(ROLES, Role.managedByOffice().toArray(Role[]::new));
    }

    private static <E extends Enum<E>> Optional<E> find(Map<String, E> words, Class<E> type, String word) {
        String clean = word.strip().replace(" ", "");
        E found = words.get(clean);
        if (found != null) {
            return Optional.of(found);
        }
        try {
            return Optional.of(Enum.valueOf(type, clean.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> List<String> offered(Map<String, E> words, E[] constants) {
        return List.of(constants).stream()
                .map(constant -> words.entrySet().stream().filter(e -> e.getValue() == constant).findFirst()
                        .orElseThrow().getKey())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> words(Object... pairs) {
        Map<String, E> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return words;
    }
}
