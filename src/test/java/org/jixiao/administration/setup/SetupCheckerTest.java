package org.jixiao.administration.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.administration.setup.SetupPlan.NewUnit;
import org.jixiao.organization.Department;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.junit.jupiter.api.Test;

/** Row-level checks of a set-up workbook, against itself and against what the cycle already has. */
class SetupCheckerTest {

    private static final CycleState EMPTY_CITY_CYCLE = CycleState.empty(UnitLevel.CITY);

    private static SetupPlan check(SetupWorkbooks workbook, CycleState state) {
        return SetupChecker.check(SetupReader.read(workbook.bytes()), state);
    }

    private static SetupPlan check(SetupWorkbooks workbook) {
        return check(workbook, EMPTY_CITY_CYCLE);
    }

    @Test
    void plansEverythingOfAValidWorkbookWithoutFindings() {
        SetupPlan plan = check(SetupWorkbooks.valid(""));

        assertThat(plan.findings()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new SetupPlan.Counts(1, 2, 2, 2, 2));
        assertThat(plan.groups()).containsExactly("第一组");
        assertThat(plan.departments()).extracting(d -> d.unit().name(), SetupPlan.NewDepartment::name)
                .containsExactly(tuple("泉州市商务局", "办公室"), tuple("泉州市科学技术局", "高新技术科"));
        assertThat(plan.people()).extracting(SetupPlan.NewPerson::name, SetupPlan.NewPerson::duty,
                        SetupPlan.NewPerson::department)
                .containsExactly(tuple("王五", Duty.DEPARTMENT_HEAD, "办公室"), tuple("孙七", Duty.PRINCIPAL_LEADER, ""));
        assertThat(plan.accounts())
                .extracting(SetupPlan.NewAccount::role, a -> a.unit() == null ? null : a.unit().name())
                .containsExactly(tuple(Role.UNIT_CLERK, "泉州市商务局"), tuple(Role.RATER, null));
    }

    @Test
    void findsADuplicateUnitAtItsSecondRow() {
        SetupPlan plan = check(SetupWorkbooks.valid("").row("单位", "泉州市商务局", "商务", "第二组", "市直", ""));

        assertThat(plan.findings()).extracting(SetupFinding::sheet, SetupFinding::row, SetupFinding::column,
                        SetupFinding::code)
                .containsExactly(tuple("单位", 4, "单位全称", "UNIT_DUPLICATE"));
        assertThat(plan.findings().get(0).message()).contains("第 2 行");
        assertThat(plan.applicable()).isFalse();
    }

    @Test
    void findsAUnitThatIsInTheCycleAlready() {
        CycleState cycle = new CycleState(UnitLevel.CITY, Set.of("第一组"),
                List.of(new Unit(7L, "泉州市商务局", "商务局", "市直政府系列", "第一组", UnitLevel.CITY, null)),
                Map.of(), Set.of(), Map.of());

        SetupPlan plan = check(SetupWorkbooks.valid(""), cycle);

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::code)
                .containsExactly(tuple(2, "UNIT_EXISTS"));
        assertThat(plan.groups()).isEmpty();
    }

    @Test
    void findsAPersonInADepartmentTheUnitDoesNotHave() {
        SetupPlan plan = check(SetupWorkbooks.valid("").row("人员", "科技局", "钱九", "科员", "财务科", "责任人"));

        assertThat(plan.findings()).extracting(SetupFinding::sheet, SetupFinding::row, SetupFinding::column,
                        SetupFinding::code)
                .containsExactly(tuple("人员", 4, "科室", "PERSON_DEPARTMENT_UNKNOWN"));
        assertThat(plan.findings().get(0).message()).contains("泉州市科学技术局").contains("财务科");
    }

    @Test
    void acceptsADepartmentTheUnitAlreadyHasInTheCycle() {
        CycleState cycle = new CycleState(UnitLevel.CITY, Set.of("第一组"),
                List.of(new Unit(7L, "泉州市民政局", "民政局", "市直政府系列", "第一组", UnitLevel.CITY, null)),
                Map.of(7L, List.of(new Department(70L, 7L, "财务科", "", 1))), Set.of(), Map.of());

        SetupPlan plan = check(SetupWorkbooks.empty().row("人员", "民政局", "钱九", "科员", "财务科", "责任人")
                .row("科室", "民政局", "财务科", ""), cycle);

        assertThat(plan.findings()).extracting(SetupFinding::sheet, SetupFinding::code)
                .containsExactly(tuple("科室", "DEPARTMENT_EXISTS"));
        assertThat(plan.people()).singleElement().satisfies(p -> assertThat(p.unit().id()).isEqualTo(7L));
    }

    @Test
    void findsDepartmentsAndPeopleOfAUnitNeitherInTheFileNorInTheCycle() {
        SetupPlan plan = check(SetupWorkbooks.valid("").row("科室", "教育局", "办公室", "")
                .row("人员", "泉州市教育局", "吴十", "", "", "责任人"));

        assertThat(plan.findings()).extracting(SetupFinding::sheet, SetupFinding::row, SetupFinding::column,
                        SetupFinding::code)
                .containsExactly(tuple("科室", 4, "单位", "DEPARTMENT_UNIT_UNKNOWN"),
                        tuple("人员", 4, "单位", "PERSON_UNIT_UNKNOWN"));
    }

    @Test
    void findsADepartmentListedTwiceForOneUnitWhetherByFullOrShortName() {
        SetupPlan plan = check(SetupWorkbooks.valid("").row("科室", "泉州市商务局", "办公室", ""));

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::code)
                .containsExactly(tuple(4, "DEPARTMENT_DUPLICATE"));
    }

    @Test
    void asksForTheFullNameWhereTwoUnitsShareAShortName() {
        SetupPlan plan = check(SetupWorkbooks.valid("").row("单位", "泉州市商务局机关服务中心", "商务局", "第二组", "", "")
                .row("科室", "商务局", "财务科", ""));

        assertThat(plan.findings()).extracting(SetupFinding::sheet, SetupFinding::code)
                .contains(tuple("科室", "UNIT_AMBIGUOUS"));
    }

    @Test
    void findsAnUnknownLevelAndDefaultsAnEmptyOneToTheCycles() {
        SetupPlan plan = check(SetupWorkbooks.empty().row("单位", "鲤城区人民政府", "鲤城区", "第一组", "", "")
                .row("单位", "丰泽区人民政府", "丰泽区", "第一组", "省直", ""), CycleState.empty(UnitLevel.DISTRICT));

        assertThat(plan.units()).extracting(NewUnit::name, NewUnit::level)
                .containsExactly(tuple("鲤城区人民政府", UnitLevel.DISTRICT));
        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::column, SetupFinding::code)
                .containsExactly(tuple(3, "层级", "UNIT_LEVEL_UNKNOWN"));
        assertThat(plan.findings().get(0).message()).contains("市直、县区、乡镇");
    }

    @Test
    void plansATownshipAfterItsDistrictWhateverTheRowOrder() {
        SetupPlan plan = check(SetupWorkbooks.empty()
                .row("单位", "鲤城区开元街道办事处", "开元街道", "第一组", "乡镇", "鲤城区")
                .row("单位", "鲤城区人民政府", "鲤城区", "第一组", "县区", ""), CycleState.empty(UnitLevel.TOWNSHIP));

        assertThat(plan.findings()).isEmpty();
        assertThat(plan.units()).extracting(NewUnit::name)
                .containsExactly("鲤城区人民政府", "鲤城区开元街道办事处");
        assertThat(plan.units().get(1).parent()).isEqualTo(SetupPlan.UnitRef.created("鲤城区人民政府"));
    }

    @Test
    void findsAParentThatIsNowhereAndParentsThatLoop() {
        SetupPlan plan = check(SetupWorkbooks.empty()
                .row("单位", "甲镇", "甲镇", "第一组", "乡镇", "乙镇")
                .row("单位", "乙镇", "乙镇", "第一组", "乡镇", "甲镇")
                .row("单位", "丙镇", "丙镇", "第一组", "乡镇", "不存在的区"));

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::code)
                .containsExactlyInAnyOrder(tuple(2, "UNIT_PARENT_LOOP"), tuple(4, "UNIT_PARENT_UNKNOWN"));
    }

    @Test
    void findsEmptyRequiredCellsAndOverLongTexts() {
        SetupPlan plan = check(SetupWorkbooks.empty().row("单位", "", "简称", "第一组", "", "")
                .row("单位", "局".repeat(201), "", "第一组", "", ""));

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::column, SetupFinding::code)
                .containsExactly(tuple(2, "单位全称", "SETUP_REQUIRED"), tuple(3, "单位全称", "SETUP_TOO_LONG"));
        assertThat(plan.findings().get(1).message()).contains("最多 200 个字").contains("201");
        assertThat(plan.units()).isEmpty();
    }

    @Test
    void findsAnUnknownRoleAndAUnitRoleWithoutAUnit() {
        SetupPlan plan = check(SetupWorkbooks.valid("")
                .row("账号", "boss", "领导", "局长", "商务局", "Lingdao#2026")
                .row("账号", "kj-ld", "科技局领导", "单位领导", "", "Lingdao#2026"));

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::column, SetupFinding::code)
                .containsExactly(tuple(4, "角色", "ACCOUNT_ROLE_UNKNOWN"), tuple(5, "单位", "ACCOUNT_UNIT_REQUIRED"));
    }

    @Test
    void findsWeakInitialPasswords() {
        SetupPlan plan = check(SetupWorkbooks.empty()
                .row("账号", "ab1", "甲", "集中考评组成员", "", "Short#1")
                .row("账号", "ab2", "乙", "集中考评组成员", "", "onlylowercase123")
                .row("账号", "wangwu", "丙", "集中考评组成员", "", "Wangwu#2026!"));

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::column, SetupFinding::code)
                .containsExactly(tuple(2, "初始密码", "PASSWORD_POLICY"), tuple(3, "初始密码", "PASSWORD_POLICY"),
                        tuple(4, "初始密码", "PASSWORD_POLICY"));
        assertThat(plan.accounts()).isEmpty();
    }

    @Test
    void findsUsernamesTakenTwiceInTheFileOrByAnExistingAccount() {
        CycleState taken = new CycleState(UnitLevel.CITY, Set.of(), List.of(), Map.of(), Set.of("kp-zhou"), Map.of());

        SetupPlan plan = check(SetupWorkbooks.valid("")
                .row("账号", "sw-jbr", "王五二", "单位领导", "商务局", "Shangwu#2027"), taken);

        assertThat(plan.findings()).extracting(SetupFinding::row, SetupFinding::code)
                .containsExactly(tuple(3, "ACCOUNT_EXISTS"), tuple(4, "ACCOUNT_DUPLICATE"));
    }
}
