package org.jixiao.administration.setup;

import static org.jixiao.administration.setup.SetupColumn.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.administration.setup.SetupPlan.NewAccount;
import org.jixiao.administration.setup.SetupPlan.NewDepartment;
import org.jixiao.administration.setup.SetupPlan.NewPerson;
import org.jixiao.administration.setup.SetupPlan.NewUnit;
import org.jixiao.administration.setup.SetupPlan.UnitRef;
import org.jixiao.organization.Department;
import org.jixiao.organization.Duty;
import org.jixiao.organization.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * Checks a set-up workbook against itself and against what the cycle already has, row by row, and
 * plans what it creates. Plain Java: the cycle's state is given, nothing is read or written here.
 */
final class SetupChecker {

    private final SetupWorkbook workbook;
    private final CycleState state;
    private final UnitDirectory directory;
    private final List<SetupFinding> findings = new ArrayList<>();
    /** Department names the file lists, by the full name of their unit; rows with findings included. */
    private final Map<String, Map<String, Integer>> fileDepartments = new HashMap<>();

    private SetupChecker(SetupWorkbook workbook, CycleState state) {
        this.workbook = workbook;
        this.state = state;
        this.directory = new UnitDirectory(state.members(), workbook.rows(SetupSheet.UNITS),
                state.registeredUnits());
        this.findings.addAll(workbook.findings());
    }

    static SetupPlan check(SetupWorkbook workbook, CycleState state) {
        return new SetupChecker(workbook, state).plan();
    }

    private SetupPlan plan() {
        List<NewUnit> units = units();
        List<String> groups = units.stream().map(NewUnit::group).distinct()
                .filter(group -> !state.groups().contains(group)).toList();
        List<NewDepartment> departments = departments();
        List<NewPerson> people = people();
        List<NewAccount> accounts = AccountRows.check(workbook.rows(SetupSheet.ACCOUNTS), state, findings,
                (cells, text) -> unit(cells, ACCOUNT_UNIT, text, "ACCOUNT_UNIT_UNKNOWN"));
        return new SetupPlan(groups, units, departments, people, accounts, findings);
    }

    private List<NewUnit> units() {
        Map<String, Integer> seen = new HashMap<>();
        List<NewUnit> planned = new ArrayList<>();
        for (SetupRow row : workbook.rows(SetupSheet.UNITS)) {
            RowCells cells = new RowCells(row, findings);
            String name = cells.text(UNIT_NAME);
            String shortName = cells.text(UNIT_SHORT_NAME);
            String group = cells.text(UNIT_GROUP);
            String levelText = cells.text(UNIT_LEVEL);
            String parentText = cells.text(UNIT_PARENT);
            if (!name.isEmpty()) {
                Integer first = seen.putIfAbsent(name, row.number());
                if (first != null) {
                    cells.problem(UNIT_NAME, "UNIT_DUPLICATE",
                            "单位“" + name + "”在本表第 " + first + " 行已列出：请删除重复的行");
                } else if (directory.isMember(name)) {
                    cells.problem(UNIT_NAME, "UNIT_EXISTS",
                            "单位“" + name + "”已在本考评年度中：请删除该行，或到单位管理中修改该单位");
                }
            }
            UnitLevel level = levelText.isEmpty() ? state.defaultLevel()
                    : SetupVocabulary.level(levelText).orElse(null);
            if (level == null) {
                cells.problem(UNIT_LEVEL, "UNIT_LEVEL_UNKNOWN", "层级“" + levelText + "”无法识别：请填写"
                        + String.join("、", SetupVocabulary.levelWords()) + "之一");
            }
            UnitRef parent = parentText.isEmpty() ? null : parent(cells, name, parentText);
            if (cells.clean() && level != null) {
                planned.add(new NewUnit(row.number(), name, shortName.isEmpty() ? name : shortName, group, level,
                        parent));
            }
        }
        return parentsFirst(planned);
    }

    private @Nullable UnitRef parent(RowCells cells, String name, String parentText) {
        List<UnitRef> candidates = directory.candidates(parentText);
        if (candidates.isEmpty() && state.registeredUnits().containsKey(parentText)) {
            return UnitRef.registered(state.registeredUnits().get(parentText), parentText);
        }
        if (candidates.size() == 1 && candidates.get(0).name().equals(name)) {
            cells.problem(UNIT_PARENT, "UNIT_PARENT_SELF", "上级单位不能是单位自己");
            return null;
        }
        return unit(cells, UNIT_PARENT, parentText, "UNIT_PARENT_UNKNOWN");
    }

    /** Units whose parent this file creates come after that parent; a loop of parents is a finding. */
    private List<NewUnit> parentsFirst(List<NewUnit> units) {
        Map<String, NewUnit> byName = units.stream().collect(Collectors.toMap(NewUnit::name, u -> u, (a, b) -> a,
                LinkedHashMap::new));
        List<NewUnit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (NewUnit unit : units) {
            place(unit, byName, placed, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private void place(NewUnit unit, Map<String, NewUnit> byName, Set<String> placed, Set<String> visiting,
                       List<NewUnit> ordered) {
        if (placed.contains(unit.name())) {
            return;
        }
        if (!visiting.add(unit.name())) {
            findings.add(new SetupFinding(SetupSheet.UNITS.title(), unit.row(), UNIT_PARENT.header(),
                    "UNIT_PARENT_LOOP", "单位“" + unit.name() + "”的上级单位绕回到它自己：请检查“上级单位”列"));
            return;
        }
        UnitRef parent = unit.parent();
        if (parent != null && parent.id() == null && byName.containsKey(parent.name())) {
            place(byName.get(parent.name()), byName, placed, visiting, ordered);
        }
        if (placed.add(unit.name())) {
            ordered.add(unit);
        }
    }

    private List<NewDepartment> departments() {
        List<NewDepartment> planned = new ArrayList<>();
        for (SetupRow row : workbook.rows(SetupSheet.DEPARTMENTS)) {
            RowCells cells = new RowCells(row, findings);
            String unitText = cells.text(DEPARTMENT_UNIT);
            String name = cells.text(DEPARTMENT_NAME);
            String head = cells.text(DEPARTMENT_HEAD);
            UnitRef unit = unit(cells, DEPARTMENT_UNIT, unitText, "DEPARTMENT_UNIT_UNKNOWN");
            if (unit != null && !name.isEmpty()) {
                Integer first = fileDepartments.computeIfAbsent(unit.name(), u -> new HashMap<>())
                        .putIfAbsent(name, row.number());
                if (first != null) {
                    cells.problem(DEPARTMENT_NAME, "DEPARTMENT_DUPLICATE", "单位“" + unit.name() + "”的科室“" + name
                            + "”在本表第 " + first + " 行已列出：请删除重复的行");
                } else if (existingDepartments(unit).contains(name)) {
                    cells.problem(DEPARTMENT_NAME, "DEPARTMENT_EXISTS",
                            "单位“" + unit.name() + "”已有科室“" + name + "”：请删除该行");
                }
            }
            if (cells.clean() && unit != null) {
                planned.add(new NewDepartment(row.number(), unit, name, head));
            }
        }
        return planned;
    }

    private List<NewPerson> people() {
        List<NewPerson> planned = new ArrayList<>();
        for (SetupRow row : workbook.rows(SetupSheet.PEOPLE)) {
            RowCells cells = new RowCells(row, findings);
            String unitText = cells.text(PERSON_UNIT);
            String name = cells.text(PERSON_NAME);
            String title = cells.text(PERSON_TITLE);
            String department = cells.text(PERSON_DEPARTMENT);
            String dutyText = cells.text(PERSON_DUTY);
            UnitRef unit = unit(cells, PERSON_UNIT, unitText, "PERSON_UNIT_UNKNOWN");
            Duty duty = SetupVocabulary.duty(dutyText).orElse(null);
            if (duty == null && !dutyText.isEmpty()) {
                cells.problem(PERSON_DUTY, "PERSON_DUTY_UNKNOWN", "职责“" + dutyText + "”无法识别：请填写"
                        + String.join("、", SetupVocabulary.dutyWords()) + "之一");
            }
            if (unit != null && !department.isEmpty()
                    && !fileDepartments.getOrDefault(unit.name(), Map.of()).containsKey(department)
                    && !existingDepartments(unit).contains(department)) {
                cells.problem(PERSON_DEPARTMENT, "PERSON_DEPARTMENT_UNKNOWN", "单位“" + unit.name() + "”没有科室“"
                        + department + "”：请先在“科室”表中列出该科室，或填写已有科室的名称");
            }
            if (cells.clean() && unit != null && duty != null) {
                planned.add(new NewPerson(row.number(), unit, name, title, department, duty));
            }
        }
        return planned;
    }

    private Set<String> existingDepartments(UnitRef unit) {
        if (unit.id() == null) {
            return Set.of();
        }
        return state.departments().getOrDefault(unit.id(), List.of()).stream().map(Department::name)
                .collect(Collectors.toSet());
    }

    /** The unit a cell names, or null with a finding when it names none or several. */
    private @Nullable UnitRef unit(RowCells cells, SetupColumn column, String text, String unknownCode) {
        if (text.isEmpty()) {
            return null;
        }
        List<UnitRef> candidates = directory.candidates(text);
        if (candidates.isEmpty()) {
            cells.problem(column, unknownCode, "单位“" + text + "”既不在本文件的“单位”表中，也不在本考评年度中："
                    + "请先在“单位”表中列出，或填写已有单位的全称");
            return null;
        }
        if (candidates.size() > 1) {
            cells.problem(column, "UNIT_AMBIGUOUS", "简称“" + text + "”对应多个单位（"
                    + candidates.stream().map(UnitRef::name).collect(Collectors.joining("、")) + "）：请填写单位全称");
            return null;
        }
        return candidates.get(0);
    }
}
