package org.jixiao.exchange;

import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;

/** An import either gives a table to preview with its report, or refuses the file as a whole. */
public sealed interface ImportResult {

    /** The table as it will be, the template it was checked against, and what the import found. */
    record Imported(TargetTable table, TableTemplate template, ImportReport report) implements ImportResult {
    }

    /** The file was refused; nothing of it was imported. */
    record Rejected(ImportProblem problem, String message) implements ImportResult {
    }
}
