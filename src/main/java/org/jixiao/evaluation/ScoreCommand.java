package org.jixiao.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.evaluation.json.ResultsJson;
import org.jixiao.evaluation.json.ScenarioFormatException;
import org.jixiao.evaluation.json.ScenarioJson;

/**
 * {@code score SCENARIO.json}: computes the results of a scenario (docs/scoring.md) and prints them
 * as JSON. Exit code 0 when scored, 2 when the scenario cannot be read or does not fit together.
 */
public final class ScoreCommand {

    private ScoreCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("用法：score 情景文件.json（格式见 docs/scoring.md）");
            return 2;
        }
        Path file = Path.of(args.get(0));
        Scenario scenario;
        try (InputStream in = Files.newInputStream(file)) {
            scenario = ScenarioJson.read(in);
        } catch (NoSuchFileException e) {
            err.println("找不到情景文件：" + file);
            return 2;
        } catch (IOException e) {
            err.println("无法读取情景文件 " + file + "：" + e.getMessage());
            return 2;
        } catch (ScenarioFormatException e) {
            err.println("情景文件 " + file + " 有误：" + e.getMessage());
            return 2;
        }
        out.println(ResultsJson.write(ScoringEngine.score(scenario)));
        return 0;
    }
}
