package org.jixiao.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Last year's table as this year's starting point: the categories the unit writes itself are
 * copied (with new row identities), the fixed items come fresh from the new cycle's template and
 * keep who answered for them last year (matched by code).
 */
public final class TableCopier {

    private TableCopier() {
    }

    /**
     * A new draft for {@code cycleId} built from {@code previous}: the template's categories and fixed
     * items, and for each authored category of the template the indicators of last year's category
     * with the same role (and, among several, the same key or name).
     */
    public static TargetTable copyForCycle(TargetTable previous, long cycleId, TableTemplate template) {
        TargetTable draft = TargetTable.draft(cycleId, previous.unitId(), previous.unitName(), template);
        for (CategoryTemplate category : template.categories()) {
            if (!category.isAuthored()) {
                keepResponsibilities(previous, draft, category);
                continue;
            }
            match(previous, category).ifPresent(source -> {
                for (FirstLevelIndicator l1 : source.firstLevel()) {
                    draft.addFirstLevel(category.key(), copy(l1));
                }
            });
        }
        return draft;
    }

    /** A fixed item's departments, leaders and deadline usually stay from one year to the next. */
    private static void keepResponsibilities(TargetTable previous, TargetTable draft, CategoryTemplate category) {
        draft.category(category.key()).ifPresent(fresh -> {
            for (FirstLevelIndicator item : fresh.firstLevel()) {
                previous.allFirstLevel().stream()
                        .filter(old -> old.isItem() && old.code() != null && old.code().equals(item.code()))
                        .findFirst()
                        .map(FirstLevelIndicator::responsibility)
                        .ifPresent(responsibility -> draft.assignItem(item.id(), responsibility));
            }
        });
    }

    private static Optional<TableCategory> match(TargetTable previous, CategoryTemplate category) {
        List<TableCategory> sameRole = previous.categories().stream()
                .filter(c -> c.role() == category.role())
                .toList();
        return sameRole.stream().filter(c -> c.key().equals(category.key())).findFirst()
                .or(() -> sameRole.stream().filter(c -> c.name().equals(category.name())).findFirst())
                .or(() -> sameRole.size() == 1 ? Optional.of(sameRole.get(0)) : Optional.empty());
    }

    private static FirstLevelIndicator copy(FirstLevelIndicator l1) {
        List<SecondLevelIndicator> rows = new ArrayList<>();
        for (SecondLevelIndicator l2 : l1.secondLevel()) {
            rows.add(new SecondLevelIndicator(UUID.randomUUID(), l2.code(), l2.text(), l2.weight(),
                    l2.responsibility()));
        }
        return new FirstLevelIndicator(UUID.randomUUID(), l1.code(), l1.text(), l1.points(), l1.basis(), l1.area(),
                l1.responsibility(), rows);
    }
}
