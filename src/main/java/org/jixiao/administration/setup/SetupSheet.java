package org.jixiao.administration.setup;

import java.util.Arrays;
import java.util.List;

/** The four sheets of a set-up workbook, in the order they are read and applied. */
public enum SetupSheet {
    /** 单位 — the units taking part and their groups (考评组). */
    UNITS("单位"),
    /** 科室 — each unit's departments. */
    DEPARTMENTS("科室"),
    /** 人员 — each unit's people with their duty. */
    PEOPLE("人员"),
    /** 账号 — who signs in, with an initial password. */
    ACCOUNTS("账号");

    private final String title;

    SetupSheet(String title) {
        this.title = title;
    }

    /** The sheet's name in the workbook. */
    public String title() {
        return title;
    }

    public List<SetupColumn> columns() {
        return Arrays.stream(SetupColumn.values()).filter(c -> c.sheet() == this).toList();
    }
}
