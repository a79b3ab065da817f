package org.jixiao.exchange;

import java.io.PrintStream;
import java.util.List;

/** {@code table check FILE... [--json]}: checks target table files. */
public final class TableCheckCommand {

    private TableCheckCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("table check 尚未实现");
        return 2;
    }
}
