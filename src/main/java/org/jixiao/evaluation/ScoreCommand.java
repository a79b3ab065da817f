package org.jixiao.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.evaluation.json.PackagePredatesVerification;
import org.jixiao.evaluation.json.ResultsJson;
import org.jixiao.evaluation.json.ResultsPackage;
import org.jixiao.evaluation.json.ScenarioFormatException;
import org.jixiao.evaluation.json.ScenarioJson;

/**
 * {@code score SCENARIO.json}: computes the results of a scenario (docs/scoring.md) and prints them
 * as JSON. Exit code 0 when scored, 2 when the scenario cannot be read or does not fit together.
 * {@code score --verify PACKAGE.zip}: checks a published package; exit code 0 only when every file
 * matches SHA256SUMS and every figure of results.json matches the results recomputed from
 * scenario.json, 1 with the list of mismatches otherwise, 2 when the package cannot be read or was
 * published before packages could be verified (naming the fields it lacks).
 */
public final class ScoreCommand {

    private ScoreCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 2 && args.get(0).equals("--verify")) {
            return verify(Path.of(args.get(1)), out, err);
        }
        if (args.size() != 1) {
            err.println("用法：score 情景文件.json，或 score --verify 发布包.zip（格式见 docs/scoring.md）");
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

    private static int verify(Path file, PrintStream out, PrintStream err) {
        List<String> problems;
        try (InputStream in = Files.newInputStream(file)) {
            problems = ResultsPackage.verify(in);
        } catch (PackagePredatesVerification e) {
            err.println("无法核验：发布包 " + file + " 发布于本系统支持核验之前，其中没有重新计算所需的字段，"
                    + "逐项对比只会列出并不存在的差异。缺少的字段：");
            e.missingFields().forEach(field -> err.println("  " + field));
            err.println(e.checksumProblems().isEmpty()
                    ? "包中每个文件与 SHA256SUMS 一致（文件自打包后未被改动），但其中的数字无法用本程序重新计算核验。"
                    : "此外，SHA256SUMS 校验发现：" + String.join("；", e.checksumProblems()));
            return 2;
        } catch (NoSuchFileException e) {
            err.println("找不到发布包：" + file);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("无法读取发布包 " + file + "（应为考评结果发布包 zip）：" + e.getMessage());
            return 2;
        }
        if (problems.isEmpty()) {
            out.println("核验通过：" + file + " 中每个文件与 SHA256SUMS 一致，results.json 的每个数字与按 scenario.json 重新计算的结果一致。");
            return 0;
        }
        err.println("核验未通过：" + file + " 有 " + problems.size() + " 处不一致：");
        problems.forEach(p -> err.println("  " + p));
        return 1;
    }
}
