package org.jixiao.administration.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.administration.setup.SetupPlan.NewAccount;
import org.jixiao.administration.setup.SetupPlan.NewDepartment;
import org.jixiao.administration.setup.SetupPlan.NewPerson;
import org.jixiao.administration.setup.SetupPlan.NewUnit;
import org.jixiao.administration.setup.SetupPlan.UnitRef;
import org.jixiao.administration.trail.AdministrationTrail;
import org.jixiao.audit.AuditKind;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.AssessmentGroup;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Department;
import org.jixiao.organization.DepartmentRepository;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.organization.UnitRepository;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a cycle up from a workbook: {@link #preview} reads and checks it and stores nothing;
 * {@link #apply} checks it again and creates everything through {@link Organization} and
 * {@link Accounts} in one transaction, or nothing when there is a single finding; the audit trail
 * gets one entry with the counts and one per account created. Reading what the
 * cycle already has takes a fixed number of queries, whatever the size of the file.
 */
@Service
public class BulkSetup {

    private final AssessmentCycles cycles;
    private final Organization organization;
    private final Accounts accounts;
    private final AccountRepository accountRepository;
    private final DepartmentRepository departments;
    private final UnitRepository units;
    private final AdministrationTrail trail;

    BulkSetup(AssessmentCycles cycles, Organization organization, Accounts accounts,
              AccountRepository accountRepository, DepartmentRepository departments, UnitRepository units,
              AdministrationTrail trail) {
        this.cycles = cycles;
        this.organization = organization;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.departments = departments;
        this.units = units;
        this.trail = trail;
    }

    /** What the file would create in the cycle, with every finding; nothing is stored. */
    @Transactional(readOnly = true)
    public SetupPlan preview(long cycleId, byte[] file) {
        AssessmentCycle cycle = openCycle(cycleId);
        SetupWorkbook workbook = SetupReader.read(file);
        return SetupChecker.check(workbook, state(cycle, workbook));
    }

    /**
     * As {@link #preview}, but refused with {@code SETUP_INVALID} and every finding as details when
     * the file has any: a dry run of {@link #apply}.
     */
    @Transactional(readOnly = true)
    public SetupPlan check(long cycleId, byte[] file) {
        SetupPlan plan = preview(cycleId, file);
        if (!plan.applicable()) {
            throw new Refused(Refused.Kind.INVALID, "SETUP_INVALID", "文件中有 " + plan.findings().size()
                    + " 处问题，未导入任何数据：请按提示修改后重新上传", plan.findings());
        }
        return plan;
    }

    /** Creates what the file lists, all or nothing; refused as {@link #check} is. */
    @Transactional
    public SetupPlan apply(long cycleId, byte[] file, CurrentUser by) {
        SetupPlan plan = check(cycleId, file);
        AssessmentCycle cycle = cycles.get(cycleId);
        SetupPlan.Counts counts = plan.counts();
        trail.record(AuditKind.ORGANIZATION, by, cycleId, null, "批量导入 " + cycle.name(), null,
                AdministrationTrail.fields("考评组", counts.groups(), "参评单位", counts.units(),
                        "科室", counts.departments(), "人员", counts.people(), "账号", counts.accounts()));
        for (Account account : write(cycle, plan)) {
            trail.record(AuditKind.ACCOUNT, by, cycleId, account.unitId(), "新建账号 " + account.username() + "（批量导入）",
                    null, AdministrationTrail.fields("用户名", account.username(), "姓名", account.displayName(),
                            "角色", account.role(), "单位", account.unitId(), "启用", account.enabled(),
                            "须修改密码", account.mustChangePassword(), AdministrationTrail.PASSWORD, "已设置初始密码"));
        }
        return plan;
    }

    private AssessmentCycle openCycle(long cycleId) {
        AssessmentCycle cycle = cycles.find(cycleId)
                .orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId));
        if (!cycle.isOpen()) {
            throw Refused.conflict("CYCLE_CLOSED", cycle.name() + "已关闭，不能再导入单位和人员");
        }
        return cycle;
    }

    private CycleState state(AssessmentCycle cycle, SetupWorkbook workbook) {
        List<Unit> members = organization.members(cycle.id()).stream().map(member -> member.unit()).toList();
        Set<String> groups = organization.groups(cycle.id()).stream().map(AssessmentGroup::name)
                .collect(Collectors.toSet());
        List<String> named = Stream.concat(workbook.values(SetupColumn.UNIT_NAME).stream(),
                workbook.values(SetupColumn.UNIT_PARENT).stream()).distinct().toList();
        Map<String, Long> registered = named.isEmpty() ? Map.of() : units.findByNameIn(named).stream()
                .collect(Collectors.toMap(Unit::name, Unit::id));
        Set<Long> unitIds = new HashSet<>(registered.values());
        members.forEach(unit -> unitIds.add(unit.id()));
        Map<Long, List<Department>> byUnit = unitIds.isEmpty() ? Map.of() : departments.findByUnitIdIn(unitIds)
                .stream().collect(Collectors.groupingBy(Department::unitId));
        List<String> usernames = workbook.values(SetupColumn.ACCOUNT_USERNAME);
        Set<String> taken = usernames.isEmpty() ? Set.of() : accountRepository.findByUsernameIn(usernames).stream()
                .map(Account::username).collect(Collectors.toSet());
        return new CycleState(UnitLevel.valueOf(cycle.level().name()), groups, members, byUnit, taken, registered,
                accounts.passwordPolicy());
    }

    /** Creates what the plan lists; returns the accounts created. */
    private List<Account> write(AssessmentCycle cycle, SetupPlan plan) {
        plan.groups().forEach(name -> organization.createGroup(cycle.id(), name));
        Map<String, Long> groupIds = organization.groups(cycle.id()).stream()
                .collect(Collectors.toMap(AssessmentGroup::name, AssessmentGroup::id));
        Map<String, Long> created = new HashMap<>();
        for (NewUnit unit : plan.units()) {
            Long parentId = unit.parent() == null ? null : id(unit.parent(), created);
            long id = organization.addUnit(cycle.id(), cycle.series(), groupIds.get(unit.group()),
                    new Organization.UnitDetails(unit.name(), unit.shortName(), unit.level(), parentId)).unit().id();
            created.put(unit.name(), id);
        }
        for (NewDepartment department : plan.departments()) {
            organization.addDepartment(id(department.unit(), created),
                    new Organization.DepartmentDetails(department.name(), department.head()));
        }
        Map<Long, Map<String, Long>> departmentIds = new HashMap<>();
        for (NewPerson person : plan.people()) {
            long unitId = id(person.unit(), created);
            Long departmentId = person.department().isEmpty() ? null : departmentIds
                    .computeIfAbsent(unitId, this::departmentsByName).get(person.department());
            organization.addPerson(unitId,
                    new Organization.PersonDetails(person.name(), person.title(), person.duty(), departmentId));
        }
        List<Account> createdAccounts = new ArrayList<>();
        for (NewAccount account : plan.accounts()) {
            createdAccounts.add(accounts.create(account.username(), account.password(), account.displayName(),
                    account.role(), account.unit() == null ? null : id(account.unit(), created), true));
        }
        return createdAccounts;
    }

    private Map<String, Long> departmentsByName(long unitId) {
        return organization.departments(unitId).stream().collect(Collectors.toMap(Department::name, Department::id));
    }

    private static long id(UnitRef unit, Map<String, Long> created) {
        Long id = unit.id() != null ? unit.id() : created.get(unit.name());
        if (id == null) {
            throw new IllegalStateException("单位“" + unit.name() + "”未能先于引用它的行创建");
        }
        return id;
    }
}
