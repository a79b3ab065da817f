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
