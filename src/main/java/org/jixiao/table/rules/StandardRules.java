package org.jixiao.table.rules;

import java.util.List;
import org.jixiao.table.TableRule;

/** The rule checks of the real documents, in the order their findings are listed. */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<TableRule> all() {
        return List.of(
                new FunctionalFirstLevelCount(),
                new DynamicWorkLimits(),
                new FixedItemsUnchanged(),
                new NoAdministrativeContentInFunctional(),
                new MediaLevelNamed(),
                new PointsAddUp(),
                new ResponsibilityComplete(),
                new TextPresent(),
                new CodesConsistent());
    }
}
