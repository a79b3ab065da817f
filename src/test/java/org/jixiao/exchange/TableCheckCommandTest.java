package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TableCheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TableCheckCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonObjectPerFileWithTheDocumentedKeys() {
        int exit = run("../shared/seeds/000_d469f4fbf1a796c8.txt", "../shared/seeds/002_8d0d28c8a60b99c8.txt", "--json");
        assertThat(exit).isEqualTo(1);
        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(json.propertyNames()).contains("file", "unit", "categories", "totalPoints", "findings", "skipped");
        assertThat(json.get("unit").asString()).isEqualTo("泉州半导体高新技术产业园区管理委员会");
        assertThat(json.get("totalPoints").asInt()).isEqualTo(72);
        JsonNode routine = json.get("categories").get(1);
        assertThat(routine.get("name").asString()).isEqualTo("常规工作目标");
        assertThat(routine.get("declaredPoints").asInt()).isEqualTo(55);
        assertThat(routine.get("actualPoints").asInt()).isEqualTo(27);
        assertThat(routine.get("firstLevelCount").asInt()).isEqualTo(7);
        assertThat(routine.get("secondLevelCount").asInt()).isEqualTo(14);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.propertyNames()).contains("code", "severity", "location", "message");
        assertThat(json.get("skipped").get(0).propertyNames()).contains("row", "reason");
    }

    @Test
    void reportsAColumnItDoesNotReadInTextAndJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("extra-column.tsv");
        java.nio.file.Files.writeString(file, String.join("\n",
                "项目\t序号\t依据文件\t一级指标\t二级指标\t权重\t完成时限\t责任科室\t分管领导\t联系电话",
                "重点工作目标（2分）\t1-1-1\t泉委办〔2025〕10号\t扩大外贸。（2分）\t外贸增长5%\t2\t12月底前\t外贸科\t李四\t22881234",
                ""));
        run(file.toString());
        assertThat(output()).contains("IMPORT_COLUMN_IGNORED").contains("“联系电话”列").contains("有 1 个单元格有内容");
        out.reset();
        run(file.toString(), "--json");
        JsonNode json = JsonMapper.builder().build().readTree(output().lines().findFirst().orElseThrow());
        assertThat(json.get("findings").valueStream().filter(f -> f.get("code").asString().equals("IMPORT_COLUMN_IGNORED")))
                .singleElement().satisfies(f -> assertThat(f.get("message").asString()).contains("联系电话"));
    }

    @Test
    void printsCategoriesFindingsAndSkippedRowsAsText() {
        run("../shared/seeds/002_8d0d28c8a60b99c8.txt");
        assertThat(output()).contains("参评单位：泉州市国资委").contains("重点工作目标").contains("合计：100 分")
                .contains("FUNCTIONAL_ADMINISTRATIVE_CONTENT").contains("重复的表头（分页）");
    }

    @Test
    void exitsWithTwoWhenAFileIsUnreadable() {
        assertThat(run("does-not-exist.xlsx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does-not-exist.xlsx");
    }
}
