package org.jixiao.evaluation.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evaluation.LeadDepartmentLinks;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links lead-department accounts to the lead departments of the cycles' settings. */
@Service
class LeadDepartmentLinkService implements LeadDepartmentLinks {

    private final EvaluationSettingsRepository repository;
    private final AssessmentCycles cycles;

    LeadDepartmentLinkService(EvaluationSettingsRepository repository, AssessmentCycles cycles) {
        this.repository = repository;
        this.cycles = cycles;
    }

    @Override
    public Optional<String> departmentOf(long accountId) {
        return repository.leadDepartmentOf(accountId);
    }

    @Override
    public Map<Long, String> all() {
        return repository.leadDepartments();
    }

    @Override
    public List<String> choices() {
        Set<String> names = new LinkedHashSet<>();
        List<AssessmentCycle> all = cycles.all();
        if (all.isEmpty()) {
            EvaluationSettings.defaults().leadDepartments().forEach(lead -> names.add(lead.name()));
        }
        for (AssessmentCycle cycle : all) {
            EvaluationSettings settings = repository.find(cycle.id()).map(EvaluationSettingsRepository.Stored::settings)
                    .orElseGet(EvaluationSettings::defaults);
            settings.leadDepartments().forEach(lead -> names.add(lead.name()));
        }
        return List.copyOf(names);
    }

    @Override
    @Transactional
    public void link(long accountId, @Nullable String department, CurrentUser by) {
        SettingsService.requireOffice(by);
        if (department == null || department.isBlank()) {
            repository.unlinkLeadDepartment(accountId);
            return;
        }
        String name = department.strip();
        if (!choices().contains(name)) {
            throw Refused.invalid("LEAD_DEPARTMENT_UNKNOWN", "评分规则中没有牵头部门“" + name + "”，可选："
                    + String.join("、", choices()));
        }
        repository.linkLeadDepartment(accountId, name);
    }
}
