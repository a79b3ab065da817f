package org.jixiao.exchange;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code table check FILE... [--json]}: imports each file on its own (against the categories and
 * points it declares itself) and prints what it holds, its findings and its skipped rows. Exit
 * code 0 when no file has an error-level finding, 1 when some do, 2 when a file is unreadable.
 */
public final class TableCheckCommand {

    private TableCheckCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        List<String> files = new ArrayList<>(args.stream().filter(a -> !a.equals("--json")).toList());
        if (files.isEmpty()) {
            err.println("用法：table check 文件... [--json]");
            return 2;
        }
        TableImporter importer = TableImporter.withDefaults();
        int exit = 0;
        for (String file : files) {
            ImportResult result = importer.importFile(Path.of(file), ImportTarget.standalone());
            if (result instanceof ImportResult.Rejected rejected) {
                if (json) {
                    out.println(CheckJson.rejected(file, rejected));
                } else {
                    CheckText.rejected(file, rejected, out);
                }
                err.println(file + "：" + rejected.message());
                exit = 2;
                continue;
            }
            CheckSummary summary = CheckSummary.of(file, (ImportResult.Imported) result);
            if (json) {
                out.println(CheckJson.of(summary));
            } else {
                CheckText.print(summary, out);
            }
            if (summary.hasErrors() && exit == 0) {
                exit = 1;
            }
        }
        return exit;
    }
}
