package org.jixiao.evaluation.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jixiao.evaluation.ScoringEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published version as a package anyone can check: {@code scenario.json} (the inputs, as {@code score}
 * reads them), {@code results.json}, any further files (the xlsx, the README) and {@code SHA256SUMS}
 * over all of them. {@link #verify} recomputes the results from the scenario and lists every figure
 * that differs.
 */
public final class ResultsPackage {

    public static final String SCENARIO = "scenario.json";
    public static final String RESULTS = "results.json";
    public static final String SUMS = "SHA256SUMS";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ResultsPackage() {
    }

    /** The zip of {@code files} (name → content, in order) followed by their SHA256SUMS. */
    public static byte[] write(Map<String, byte[]> files) {
        StringBuilder sums = new StringBuilder();
        files.forEach((name, content) -> sums.append(sha256(content)).append("  ").append(name).append('\n'));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, byte[]> all = new LinkedHashMap<>(files);
            all.put(SUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : all.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same version always gives the same bytes for its frozen files
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Checks a package: every file against SHA256SUMS, then every figure of results.json against the
     * results recomputed from scenario.json. Empty when everything matches; otherwise one Chinese line
     * per mismatch naming the file or the JSON path.
     */
    public static List<String> verify(InputStream zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        List<String> problems = new ArrayList<>();
        for (String required : List.of(SCENARIO, RESULTS, SUMS)) {
            if (!files.containsKey(required)) {
                problems.add("包中缺少 " + required);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (String line : new String(files.get(SUMS), StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            byte[] content = parts.length < 2 ? null : files.get(parts[1].strip());
            if (content == null) {
                problems.add("SHA256SUMS 列出的文件 " + (parts.length < 2 ? line : parts[1].strip()) + " 不在包中");
            } else if (!sha256(content).equalsIgnoreCase(parts[0])) {
                problems.add("文件 " + parts[1].strip() + " 的 SHA-256 与 SHA256SUMS 不符（文件已被改动）");
            }
        }
        JsonNode published;
        try {
            published = JSON.readTree(files.get(RESULTS));
        } catch (RuntimeException e) {
            problems.add("results.json 不是有效的 JSON：" + e.getMessage());
            return problems;
        }
        List<String> missing = fieldsMissingSinceVerification(published, files.get(SCENARIO));
        if (!missing.isEmpty()) {
            throw new PackagePredatesVerification(missing, problems);
        }
        String recomputed;
        try {
            recomputed = ResultsJson.write(ScoringEngine.score(
                    ScenarioJson.read(new ByteArrayInputStream(files.get(SCENARIO)))));
        } catch (ScenarioFormatException e) {
            problems.add("scenario.json 有误：" + e.getMessage());
            return problems;
        }
        compare("", published, JSON.readTree(recomputed), problems);
        return problems;
    }

    /**
     * The fields every results.json has held since results became verifiable (states, the list of units
     * that cannot be scored, the appraisal's full mark, the capped deductions), as JSON paths, that
     * {@code published} lacks; with any of them missing, also the settings its scenario.json leaves to
     * today's defaults. Empty for a package that can be verified.
     */
    static List<String> fieldsMissingSinceVerification(JsonNode published, byte[] scenarioJson) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        if (!published.has("unscorable")) {
            missing.add("results.json unscorable");
        }
        for (JsonNode unit : published.path("units")) {
            for (String field : List.of("state", "provisional", "missing")) {
                if (!unit.has(field)) {
                    missing.add("results.json units[]." + field);
                }
            }
            if (unit.has("adjustments") && !unit.path("adjustments").has("deductionClaimed")) {
                missing.add("results.json units[].adjustments.deductionClaimed");
            }
            if (unit.has("breakdown") && !unit.path("breakdown").has("fullMark")) {
                missing.add("results.json units[].breakdown.fullMark");
            }
            for (JsonNode item : unit.path("items")) {
                if (!item.has("complete")) {
                    missing.add("results.json units[].items[].complete");
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        JsonNode settings;
        try {
            settings = JSON.readTree(scenarioJson).path("settings");
        } catch (RuntimeException e) {
            return List.copyOf(missing);
        }
        for (String field : List.of("roundingPolicy", "trimMinimum", "provisional")) {
            if (!settings.has(field)) {
                missing.add("scenario.json settings." + field);
            }
        }
        for (String field : List.of("fullMark", "deductionCap")) {
            if (!settings.path("formula").has(field)) {
                missing.add("scenario.json settings.formula." + field);
            }
        }
        return List.copyOf(missing);
    }

    private static void compare(String path, JsonNode published, JsonNode recomputed, List<String> problems) {
        String at = path.isEmpty() ? "results.json" : path;
        if (published.isNumber() && recomputed.isNumber()) {
            BigDecimal a = published.decimalValue();
            BigDecimal b = recomputed.decimalValue();
            if (a.compareTo(b) != 0) {
                problems.add(at + "：包中为 " + a.toPlainString() + "，重新计算为 " + b.toPlainString());
            }
        } else if (published.isObject() && recomputed.isObject()) {
            for (String name : recomputed.propertyNames()) {
                if (!published.has(name)) {
                    problems.add(at + "：包中缺少 " + name + "（重新计算为 " + recomputed.get(name) + "）");
                } else {
                    compare(path + (path.isEmpty() ? "" : ".") + name, published.get(name), recomputed.get(name),
                            problems);
                }
            }
            for (String name : published.propertyNames()) {
                if (!recomputed.has(name)) {
                    problems.add(at + "：包中多出 " + name);
                }
            }
        } else if (published.isArray() && recomputed.isArray()) {
            if (published.size() != recomputed.size()) {
                problems.add(at + "：包中有 " + published.size() + " 项，重新计算为 " + recomputed.size() + " 项");
            }
            Iterator<JsonNode> a = published.iterator();
            Iterator<JsonNode> b = recomputed.iterator();
            for (int i = 0; a.hasNext() && b.hasNext(); i++) {
                compare(at.equals("results.json") ? "[" + i + "]" : path + "[" + i + "]", a.next(), b.next(),
                        problems);
            }
        } else if (!published.equals(recomputed)) {
            problems.add(at + "：包中为 " + published + "，重新计算为 " + recomputed);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
