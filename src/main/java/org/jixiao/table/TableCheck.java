package org.jixiao.table;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule check looks at: the table, the template it should follow, and last year's table of
 * the same unit where one exists.
 */
public record TableCheck(TargetTable table, TableTemplate template, @Nullable TargetTable lastYear) {

    public RuleSettings rules() {
        return template.rules();
    }

    public Optional<TargetTable> lastYearTable() {
        return Optional.ofNullable(lastYear);
    }
}
