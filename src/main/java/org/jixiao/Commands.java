package org.jixiao;

import java.io.PrintStream;
import java.util.List;
import org.jixiao.audit.AuditCommand;
import org.jixiao.evaluation.ScoreCommand;
import org.jixiao.exchange.TableCheckCommand;

/**
 * The command-line tools of the jar, run without starting the server: {@code table check FILE...
 * [--json]} and {@code score SCENARIO.json} touch no database; {@code audit verify} and
 * {@code audit head} read the audit trail from the configured database over plain JDBC.
 */
final class Commands {

    private Commands() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("table") || args[0].equals("score")
                || args[0].equals("audit"));
    }

    /** Runs a command and returns its exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.get(0).equals("table")) {
            if (args.size() < 2 || !args.get(1).equals("check")) {
                err.println("用法：table check 文件... [--json]");
                return 2;
            }
            return TableCheckCommand.run(args.subList(2, args.size()), out, err);
        }
        if (args.get(0).equals("audit")) {
            return AuditCommand.run(args.subList(1, args.size()), out, err, System.getenv());
        }
        return ScoreCommand.run(args.subList(1, args.size()), out, err);
    }
}
