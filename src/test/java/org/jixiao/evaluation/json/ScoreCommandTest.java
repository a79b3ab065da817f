package org.jixiao.evaluation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.evaluation.ScoreCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return ScoreCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("scenario.json"), json);
    }

    @Test
    void scoresTheWorkedExampleOfTheDocumentation() {
        assertThat(run("docs/examples/scenario.json")).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode science = results.get("units").get(0);
        assertThat(science.get("name").asString()).isEqualTo("市科技局");
        assertThat(science.get("tableScore").decimalValue()).isEqualByComparingTo("91.85");
        assertThat(science.get("composite").asString()).isEqualTo("91.72");
        assertThat(science.get("band").asString()).isEqualTo("优秀");
        assertThat(science.get("items").get(0).get("raterScores").get(0).get("dropped").asBoolean()).isTrue();
        assertThat(results.get("units").get(1).get("pendingItems").asInt()).isEqualTo(1);
        assertThat(results.get("units").get(0).get("rankInSeries").asInt()).isEqualTo(1);
        // 市工信局 has an item 未评分: no rank, no band, its state and what is missing say why
        JsonNode industry = results.get("units").get(1);
        assertThat(industry.get("rankInSeries").isNull()).isTrue();
        assertThat(industry.get("band").isNull()).isTrue();
        assertThat(industry.get("state").asString()).isEqualTo("待完成");
        assertThat(industry.get("missing").get(0).asString()).isEqualTo("2-1（未评分）");
        assertThat(results.get("units").get(2).get("rankInSeries").asInt()).isEqualTo(2);
    }

    @Test
    void verifiesAPackageAndListsEveryMismatchOtherwise() throws IOException {
        String scenario = Files.readString(Path.of("docs/examples/scenario.json"));
        assertThat(run("docs/examples/scenario.json")).isZero();
        String results = out.toString(StandardCharsets.UTF_8);
        Path good = dir.resolve("good.zip");
        Files.write(good, ResultsPackage.write(java.util.Map.of(ResultsPackage.SCENARIO,
                scenario.getBytes(StandardCharsets.UTF_8), ResultsPackage.RESULTS, results.getBytes(StandardCharsets.UTF_8))));
        out.reset();
        assertThat(run("--verify", good.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("核验通过");

        Path bad = dir.resolve("bad.zip");
        Files.write(bad, ResultsPackage.write(java.util.Map.of(ResultsPackage.SCENARIO,
                scenario.getBytes(StandardCharsets.UTF_8), ResultsPackage.RESULTS,
                results.replace("\"band\" : \"优秀\"", "\"band\" : \"良好\"").getBytes(StandardCharsets.UTF_8))));
        assertThat(run("--verify", bad.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("核验未通过")
                .contains("units[0].band：包中为 \"良好\"，重新计算为 \"优秀\"");
        assertThat(run("--verify", dir.resolve("none.zip").toString())).isEqualTo(2);
    }

    @Test
    void takesDefaultSettingsWhenNoneAreGiven() throws IOException {
        Path scenario = file("""
                {"units": [{"id": "a", "publicAppraisal": 80,
                  "items": [{"code": "1-1", "weight": 100, "scheme": "系数四档", "tier": 2}]}]}
                """);
        assertThat(run(scenario.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"composite\" : 87.00");
    }

    @Test
    void namesTheJsonPathOfAnInvalidValue() throws IOException {
        Path scenario = file("""
                {"units": [{"id": "a", "items": [{"code": "1-1", "weight": "四"}]}]}
                """);
        assertThat(run(scenario.toString())).isEqualTo(2);
        assertThat(errors()).contains("units[0].items[0].weight：“四”不是有效的数值");
    }

    @Test
    void namesAMissingField() throws IOException {
        assertThat(run(file("{\"units\": [{\"items\": []}]}").toString())).isEqualTo(2);
        assertThat(errors()).contains("units[0].id：缺少必填项");
    }

    @Test
    void namesATierBeyondItsScheme() throws IOException {
        Path scenario = file("""
                {"units": [{"id": "a", "items": [{"code": "1-1", "weight": 4, "scheme": "三档层差", "tier": 4}]}]}
                """);
        assertThat(run(scenario.toString())).isEqualTo(2);
        assertThat(errors()).contains("units[0].items[0].tier：指标 1-1 的档次 4 超出定档方案“三档层差”的档数 3");
    }

    @Test
    void reportsMalformedJsonWithItsPosition() throws IOException {
        assertThat(run(file("{\"units\": [").toString())).isEqualTo(2);
        assertThat(errors()).contains("不是有效的 JSON（第 1 行");
    }

    @Test
    void reportsAMissingFile() {
        assertThat(run("no-such-scenario.json")).isEqualTo(2);
        assertThat(errors()).contains("找不到情景文件");
    }

    @Test
    void explainsUsageWithoutArguments() {
        assertThat(run()).isEqualTo(2);
        assertThat(errors()).contains("用法：score");
    }

    /**
     * The results.json of a version published before results became verifiable: the same figures
     * without the fields written since (states, missing lists, unscorable units, full mark, capped deductions).
     */
    private static String beforeVerification(String results) {
        JsonMapper json = JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) json.readTree(results);
        root.remove("unscorable");
        for (JsonNode unit : root.get("units")) {
            tools.jackson.databind.node.ObjectNode u = (tools.jackson.databind.node.ObjectNode) unit;
            u.remove(List.of("state", "provisional", "missing"));
            ((tools.jackson.databind.node.ObjectNode) u.get("adjustments")).remove(List.of("deductionClaimed", "deductionCap"));
            ((tools.jackson.databind.node.ObjectNode) u.get("breakdown")).remove("fullMark");
            u.get("items").forEach(item -> ((tools.jackson.databind.node.ObjectNode) item)
                    .remove(List.of("complete", "expectedScores")));
        }
        return json.writeValueAsString(root);
    }

    @Test
    void saysPlainlyThatAPackageFromBeforeVerificationCannotBeVerifiedAndWhichFieldsItLacks() throws IOException {
        String scenario = Files.readString(Path.of("docs/examples/scenario.json"));
        assertThat(run("docs/examples/scenario.json")).isZero();
        String old = beforeVerification(out.toString(StandardCharsets.UTF_8));
        Path legacy = dir.resolve("legacy.zip");
        Files.write(legacy, ResultsPackage.write(java.util.Map.of(ResultsPackage.SCENARIO,
                scenario.getBytes(StandardCharsets.UTF_8), ResultsPackage.RESULTS, old.getBytes(StandardCharsets.UTF_8))));
        out.reset();

        assertThat(run("--verify", legacy.toString())).isEqualTo(2);
        assertThat(errors()).contains("发布于本系统支持核验之前")
                .contains("results.json unscorable", "results.json units[].state", "results.json units[].missing",
                        "results.json units[].items[].complete", "results.json units[].breakdown.fullMark")
                .contains("每个文件与 SHA256SUMS 一致")
                .as("no spurious mismatch per figure").doesNotContain("包中缺少").doesNotContain("核验未通过");
    }

    @Test
    void aPackageFromBeforeVerificationStillReportsAFileChangedAfterPacking() throws IOException {
        String scenario = Files.readString(Path.of("docs/examples/scenario.json"));
        assertThat(run("docs/examples/scenario.json")).isZero();
        String old = beforeVerification(out.toString(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var f : java.util.Map.of(ResultsPackage.SCENARIO, scenario, ResultsPackage.RESULTS, old,
                    ResultsPackage.SUMS, "0".repeat(64) + "  results.json\n").entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path tampered = Files.write(dir.resolve("tampered.zip"), bytes.toByteArray());

        assertThat(run("--verify", tampered.toString())).isEqualTo(2);
        assertThat(errors()).contains("发布于本系统支持核验之前")
                .contains("文件 results.json 的 SHA-256 与 SHA256SUMS 不符");
    }
}
