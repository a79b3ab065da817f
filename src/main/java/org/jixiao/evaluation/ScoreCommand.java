package org.jixiao.evaluation;

import java.io.PrintStream;
import java.util.List;

/** {@code score SCENARIO.json}: computes the results of a scenario. */
public final class ScoreCommand {

    private ScoreCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("score 尚未实现");
        return 2;
    }
}
