package org.jixiao.table;

import java.util.List;

/**
 * One named rule a target table must satisfy. Returns what it finds; expected problems are
 * findings, never exceptions.
 */
public interface TableRule {

    List<Finding> check(TableCheck check);
}
