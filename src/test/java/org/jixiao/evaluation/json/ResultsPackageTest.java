package org.jixiao.evaluation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.ScoringEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultsPackageTest {

    private String scenario;
    private String results;

    @BeforeEach
    void workedExample() throws IOException {
        scenario = Files.readString(Path.of("docs/examples/scenario.json"));
        try (InputStream in = Files.newInputStream(Path.of("docs/examples/scenario.json"))) {
            results = ResultsJson.write(ScoringEngine.score(ScenarioJson.read(in)));
        }
    }

    private byte[] pack(String scenarioJson, String resultsJson) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsPackage.SCENARIO, scenarioJson.getBytes(StandardCharsets.UTF_8));
        files.put(ResultsPackage.RESULTS, resultsJson.getBytes(StandardCharsets.UTF_8));
        files.put("README.md", "说明".getBytes(StandardCharsets.UTF_8));
        return ResultsPackage.write(files);
    }

    @Test
    void aPackageOfTheWorkedExampleVerifies() throws IOException {
        assertThat(ResultsPackage.verify(new ByteArrayInputStream(pack(scenario, results)))).isEmpty();
    }

    @Test
    void theSamePublishedFilesAlwaysGiveTheSamePackage() {
        assertThat(pack(scenario, results)).isEqualTo(pack(scenario, results));
    }

    @Test
    void aChangedFigureIsNamedWithItsPathAndBothValues() throws IOException {
        // re-packed with fresh sums: only the recomputation can notice
        String edited = results.replaceFirst("\"composite\" : 91.72", "\"composite\" : 95.00");
        List<String> problems = ResultsPackage.verify(new ByteArrayInputStream(pack(scenario, edited)));
        assertThat(problems).containsExactly("units[0].composite：包中为 95.00，重新计算为 91.72");
    }

    @Test
    void aFileChangedAfterPackingFailsItsChecksum() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ResultsPackage.SCENARIO, scenario.getBytes(StandardCharsets.UTF_8));
        files.put(ResultsPackage.RESULTS, results.getBytes(StandardCharsets.UTF_8));
        files.put(ResultsPackage.SUMS, ("0".repeat(64) + "  results.json\n").getBytes(StandardCharsets.UTF_8));
        byte[] forged = ResultsPackage.write(Map.of(ResultsPackage.SCENARIO, files.get(ResultsPackage.SCENARIO)));
        assertThat(ResultsPackage.verify(new ByteArrayInputStream(forged))).containsExactly("包中缺少 results.json");
        List<String> problems = ResultsPackage.verify(new ByteArrayInputStream(zipOf(files)));
        assertThat(problems).containsExactly("文件 results.json 的 SHA-256 与 SHA256SUMS 不符（文件已被改动）");
    }

    /** A zip written by hand, with a SHA256SUMS that does not match. */
    private static byte[] zipOf(Map<String, byte[]> files) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
