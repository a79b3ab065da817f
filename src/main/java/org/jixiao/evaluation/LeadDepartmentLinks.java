package org.jixiao.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.organization.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * 牵头部门 links: the lead department a LEAD_DEPARTMENT account speaks for, chosen among the lead
 * departments named in the cycles' assessment settings (e.g. 市委文明办 for 精神文明). The account
 * then grades that department's items in every unit, and nothing else.
 */
public interface LeadDepartmentLinks {

    Optional<String> departmentOf(long accountId);

    /** Every link, by account id. */
    Map<Long, String> all();

    /** The lead departments the cycles' settings name, newest cycle first, each once. */
    List<String> choices();

    /** Links the account to {@code department}, one of {@link #choices()}; blank or {@code null} unlinks. */
    void link(long accountId, @Nullable String department, CurrentUser by);
}
