package org.jixiao.plan.web;

import java.util.Map;
import org.jixiao.plan.ReadOnlySheet;
import org.jixiao.plan.TableView;
import org.springframework.stereotype.Component;

/** The table laid out like the official one, without editors or finding marks. */
@Component
class ReadOnlySheetModel implements ReadOnlySheet {

    @Override
    public Map<String, Object> attributes(TableView view) {
        return Map.of("view", view, "layout", TableLayout.of(view, null));
    }
}
