package org.jixiao.table;

/** How much a finding matters. */
public enum Severity {
    /** The table breaks a rule and cannot be submitted as it is. */
    ERROR,
    /** Something a reviewer will question; the unit should look at it. */
    WARNING
}
