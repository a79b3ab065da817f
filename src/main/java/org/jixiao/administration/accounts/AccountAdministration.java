package org.jixiao.administration.accounts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.administration.trail.AdministrationTrail;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.LeadDepartmentLinks;
import org.jixiao.evaluation.RaterPanels;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountFilter;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.NewAccount;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's account administration: an account with its unit, its lead-department link and, for
 * a rater, its panels, changed in one transaction so that a refused part leaves nothing half-written.
 * Every operation is for the 系统管理员 and, for the business roles, the 考评办 ({@link Accounts} checks it first). Each change is one
 * entry in the audit trail with the account before and after; a password only as the fact that it was set.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final UnitRepository units;
    private final LeadDepartmentLinks leads;
    private final RaterPanels panels;
    private final AdministrationTrail trail;

    AccountAdministration(Accounts accounts, UnitRepository units, LeadDepartmentLinks leads, RaterPanels panels,
                          AdministrationTrail trail) {
        this.accounts = accounts;
        this.units = units;
        this.leads = leads;
        this.panels = panels;
        this.trail = trail;
    }

    /** The accounts a list shows, with the choices its filters and forms offer. */
    record Overview(List<AccountView> accounts, List<Unit> units, List<String> leadDepartments) {
    }

    /** One account with where its data scope reaches: its panels when it is a rater. */
    record Details(AccountView account, List<RaterPanels.Panel> panels, List<Unit> units,
                   List<String> leadDepartments) {
    }

    /** What the account forms offer to choose from. */
    record Choices(List<Unit> units, List<String> leadDepartments) {
    }

    Choices choices(CurrentUser by) {
        Accounts.requireManager(by);
        return new Choices(units.findAllByOrderById(), leads.choices());
    }

    Overview overview(AccountFilter filter, CurrentUser by) {
        List<Account> found = accounts.list(filter, by);
        List<Unit> all = units.findAllByOrderById();
        Map<Long, String> unitNames = all.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Map<Long, String> links = leads.all();
        List<AccountView> views = found.stream()
                .map(a -> AccountView.of(a, a.unitId() == null ? null : unitNames.get(a.unitId()), links.get(a.id())))
                .toList();
        return new Overview(views, all, leads.choices());
    }

    Details details(long id, CurrentUser by) {
        AccountView account = view(accounts.get(id, by));
        // Panels are business data: the office sees them, the 系统管理员 does not.
        List<RaterPanels.Panel> assigned = account.role() == Role.RATER && by.isAdmin() ? panels.panels(id, by)
                : List.of();
        return new Details(account, assigned, units.findAllByOrderById(), leads.choices());
    }

    AccountView get(long id, CurrentUser by) {
        return view(accounts.get(id, by));
    }

    @Transactional
    AccountView create(NewAccount account, @Nullable String leadDepartment, CurrentUser by) {
        Account created = accounts.register(account, by);
        link(created, leadDepartment, by);
        AccountView view = view(created);
        record(by, "新建账号 ", null, view, "已设置初始密码");
        return view;
    }

    @Transactional
    AccountView update(long id, AccountChange change, CurrentUser by) {
        AccountView before = get(id, by);
        Account changed = accounts.edit(id, change.profile(), by);
        if (change.enabled() != null) {
            changed = accounts.setEnabled(id, change.enabled(), by);
        }
        link(changed, change.leadDepartment(), by);
        AccountView after = view(changed);
        record(by, "修改账号 ", before, after, null);
        return after;
    }

    @Transactional
    AccountView setEnabled(long id, boolean enabled, CurrentUser by) {
        AccountView before = get(id, by);
        AccountView after = view(accounts.setEnabled(id, enabled, by));
        record(by, enabled ? "启用账号 " : "停用账号 ", before, after, null);
        return after;
    }

    @Transactional
    AccountView resetPassword(long id, String password, CurrentUser by) {
        AccountView before = get(id, by);
        AccountView after = view(accounts.resetPassword(id, password, by));
        record(by, "重置密码 ", before, after, "密码已重置");
        return after;
    }

    /** One entry: the account's fields before and after, and {@code password} as the fact that one was set. */
    private void record(CurrentUser by, String action, @Nullable AccountView before, AccountView after,
                        @Nullable String password) {
        Map<String, @Nullable Object> now = fields(after);
        trail.record(AuditKind.ACCOUNT, by, null, after.unitId() != null ? after.unitId()
                        : before == null ? null : before.unitId(), action + after.username(),
                before == null ? null : fields(before),
                password == null ? now : AdministrationTrail.with(now, AdministrationTrail.PASSWORD, password));
    }

    /** What the trail keeps of an account: never its password hash. */
    static Map<String, @Nullable Object> fields(AccountView account) {
        return AdministrationTrail.fields("用户名", account.username(), "姓名", account.displayName(),
                "角色", account.role(), "单位", account.unitId(), "单位名称", account.unitName(),
                "启用", account.enabled(), "须修改密码", account.mustChangePassword(),
                "牵头部门", account.leadDepartment());
    }

    /**
     * Which 牵头部门 a lead-department account stands for is the office's business setting: the
     * 系统管理员 creates and edits such accounts, the office links them.
     */
    private void link(Account account, @Nullable String leadDepartment, CurrentUser by) {
        if (!by.isAdmin()) {
            if (leadDepartment != null && !leadDepartment.isBlank()) {
                throw Refused.forbidden("LEAD_DEPARTMENT_OFFICE_ONLY", "牵头部门账号所代表的牵头部门由考评办管理员设置");
            }
            return;
        }
        leads.link(account.id(), account.role() == Role.LEAD_DEPARTMENT ? leadDepartment : null, by);
    }

    private AccountView view(Account account) {
        String unitName = account.unitId() == null ? null
                : units.findById(account.unitId()).map(Unit::name).orElse(null);
        return AccountView.of(account, unitName, leads.departmentOf(account.id()).orElse(null));
    }
}
