package org.jixiao.plan;

import java.util.Map;

/**
 * What the read-only table fragment {@code table/sheet :: sheet(null)} (the official layout, as the
 * print view shows it) renders from, for pages outside this module such as the public site.
 */
public interface ReadOnlySheet {

    /** The model attributes the fragment reads ({@code view}, {@code layout}). */
    Map<String, Object> attributes(TableView view);
}
