package org.jixiao.administration.accounts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Every operation is for administrators only ({@link Accounts} checks it first).
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final UnitRepository units;
    private final LeadDepartmentLinks leads;
    private final RaterPanels panels;

    AccountAdministration(Accounts accounts, UnitRepository units, LeadDepartmentLinks leads, RaterPanels panels) {
        this.accounts = accounts;
        this.units = units;
        this.leads = leads;
        this.panels = panels;
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
        if (!by.isAdmin()) {
            throw Refused.forbidden("ADMIN_ONLY", "只有考评办管理员可以管理账号");
        }
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
        List<RaterPanels.Panel> assigned = account.role() == Role.RATER ? panels.panels(id, by) : List.of();
        return new Details(account, assigned, units.findAllByOrderById(), leads.choices());
    }

    AccountView get(long id, CurrentUser by) {
        return view(accounts.get(id, by));
    }

    @Transactional
    AccountView create(NewAccount account, @Nullable String leadDepartment, CurrentUser by) {
        Account created = accounts.register(account, by);
        link(created, leadDepartment, by);
        return view(created);
    }

    @Transactional
    AccountView update(long id, AccountChange change, CurrentUser by) {
        Account changed = accounts.edit(id, change.profile(), by);
        if (change.enabled() != null) {
            changed = accounts.setEnabled(id, change.enabled(), by);
        }
        link(changed, change.leadDepartment(), by);
        return view(changed);
    }

    @Transactional
    AccountView setEnabled(long id, boolean enabled, CurrentUser by) {
        return view(accounts.setEnabled(id, enabled, by));
    }

    @Transactional
    AccountView resetPassword(long id, String password, CurrentUser by) {
        return view(accounts.resetPassword(id, password, by));
    }

    private void link(Account account, @Nullable String leadDepartment, CurrentUser by) {
        leads.link(account.id(), account.role() == Role.LEAD_DEPARTMENT ? leadDepartment : null, by);
    }

    private AccountView view(Account account) {
        String unitName = account.unitId() == null ? null
                : units.findById(account.unitId()).map(Unit::name).orElse(null);
        return AccountView.of(account, unitName, leads.departmentOf(account.id()).orElse(null));
    }
}
