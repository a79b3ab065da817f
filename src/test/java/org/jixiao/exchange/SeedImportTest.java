package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.Points;
import org.jixiao.table.TableCategory;
import org.junit.jupiter.api.Test;

/** The figures the three published seed tables must give (issue 3), read through the same import as uploads. */
class SeedImportTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private static ImportResult.Imported seed(String name) {
        ImportResult result = TableImporter.withDefaults().importFile(SEEDS.resolve(name), ImportTarget.standalone());
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return (ImportResult.Imported) result;
    }

    private static TableCategory category(ImportResult.Imported imported, String name) {
        return imported.table().categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Finding> findings(ImportResult.Imported imported, String code) {
        return imported.report().notes().stream().map(ImportNote::finding).filter(f -> f.code().equals(code)).toList();
    }

    private static void assertCategory(TableCategory category, int firstLevel, int secondLevel, String points) {
        assertThat(category.firstLevel()).hasSize(firstLevel);
        assertThat(category.secondLevelCount()).isEqualTo(secondLevel);
        assertThat(category.actualPoints()).isEqualTo(Points.of(points));
    }

    @Test
    void stateOwnedAssets2022AddsUpTo100WithContentWarnings() {
        ImportResult.Imported imported = seed("002_8d0d28c8a60b99c8.txt");
        assertThat(imported.table().unitName()).isEqualTo("泉州市国资委");
        assertThat(imported.table().year()).isEqualTo(2022);
        TableCategory key = category(imported, "重点工作目标");
        assertThat(key.firstLevel()).hasSize(17);
        assertThat(key.actualPoints()).isEqualTo(Points.of(69));
        assertThat(key.firstLevel().subList(0, 16)).allSatisfy(l1 -> assertThat(l1.secondLevel()).hasSize(2));
        assertCategory(category(imported, "常规工作目标"), 2, 4, "6");
        assertCategory(category(imported, "行政能力目标"), 24, 0, "25");
        assertThat(imported.table().totalPoints()).isEqualTo(Points.of(100));
        for (String arithmetic : List.of("L2_WEIGHTS_DIFFER_FROM_L1_POINTS", "CATEGORY_POINTS_DIFFER",
                "TOTAL_POINTS_DIFFER", ImportNote.GROUP_POINTS_DIFFER)) {
            assertThat(findings(imported, arithmetic)).as(arithmetic).isEmpty();
        }
        List<Finding> content = findings(imported, "FUNCTIONAL_ADMINISTRATIVE_CONTENT");
        assertThat(content).extracting(f -> f.location().indicatorCode()).contains("1-13", "1-14", "1-17");
        assertThat(content).anySatisfy(f -> {
            assertThat(f.location().category()).isEqualTo("常规工作目标");
            assertThat(f.message()).contains("精神文明");
        });
        assertThat(imported.report().groups()).singleElement()
                .satisfies(g -> assertThat(g.declaredPoints()).isEqualTo(Points.of(75)));
    }

    @Test
    void semiconductorPark2025ShowsIncompleteRoutineWork() {
        ImportResult.Imported imported = seed("000_d469f4fbf1a796c8.txt");
        assertThat(imported.table().unitName()).isEqualTo("泉州半导体高新技术产业园区管理委员会");
        assertCategory(category(imported, "重点工作目标"), 3, 9, "15");
        TableCategory routine = category(imported, "常规工作目标");
        assertCategory(routine, 7, 14, "27");
        assertThat(routine.declaredPoints()).isEqualTo(Points.of(55));
        assertCategory(category(imported, "行政能力目标"), 18, 0, "20");
        assertThat(category(imported, "精神文明").actualPoints()).isEqualTo(Points.of(4));
        assertThat(category(imported, "平安建设").actualPoints()).isEqualTo(Points.of(4));
        assertThat(category(imported, "安全生产").actualPoints()).isEqualTo(Points.of(1));
        assertThat(category(imported, "消防安全").actualPoints()).isEqualTo(Points.of(1));
        assertThat(imported.table().totalPoints()).isEqualTo(Points.of(72));
        assertThat(findings(imported, "CATEGORY_POINTS_DIFFER")).singleElement()
                .satisfies(f -> assertThat(f.location().category()).isEqualTo("常规工作目标"));
        assertThat(findings(imported, "TOTAL_POINTS_DIFFER")).hasSize(1);
        assertThat(findings(imported, "FUNCTIONAL_L1_BELOW_MINIMUM")).hasSize(1);
    }

    @Test
    void scienceBureau2019ReportsTheRowsAround1Dash10InsteadOfRepairingThem() {
        ImportResult.Imported imported = seed("001_ba360aa024f15a94.txt");
        assertThat(imported.table().unitName()).isEqualTo("泉州市科学技术局");
        assertThat(imported.report().groups()).singleElement()
                .satisfies(g -> assertThat(g.declaredPoints()).isEqualTo(Points.of(80)));
        assertCategory(category(imported, "行政能力目标"), 20, 0, "20");
        assertThat(findings(imported, "L2_WEIGHTS_DIFFER_FROM_L1_POINTS")).anySatisfy(f -> {
            assertThat(f.location().indicatorCode()).isEqualTo("1-10");
        });
        ImportNote onTen = imported.report().notes().stream()
                .filter(n -> n.finding().code().equals("L2_WEIGHTS_DIFFER_FROM_L1_POINTS")).findFirst().orElseThrow();
        assertThat(onTen.row()).isNotNull();
        assertThat(onTen.row().number()).isEqualTo(124);
        assertThat(findings(imported, "FUNCTIONAL_ADMINISTRATIVE_CONTENT"))
                .extracting(f -> f.location().indicatorCode()).contains("1-20");
    }

    @Test
    void everyRowOfASeedIsAnIndicatorASkipOrAFinding() {
        ImportResult.Imported imported = seed("000_d469f4fbf1a796c8.txt");
        java.util.Set<Integer> accounted = new java.util.HashSet<>();
        imported.report().skipped().forEach(s -> accounted.add(s.row().number()));
        imported.report().sources().values().forEach(r -> accounted.add(r.number()));
        imported.report().notes().stream().filter(n -> n.row() != null).forEach(n -> accounted.add(n.row().number()));
        List<String> lines = readLines(SEEDS.resolve("000_d469f4fbf1a796c8.txt"));
        List<Integer> filled = java.util.stream.IntStream.rangeClosed(1, 144)
                .filter(n -> !lines.get(n - 1).replace("\t", "").isBlank()).boxed().toList();
        assertThat(accounted).containsAll(filled);
    }

    @Test
    void blankLinesAreNotListedAsSkippedRows() {
        ImportResult.Imported imported = seed("000_d469f4fbf1a796c8.txt");
        assertThat(imported.report().skipped()).allSatisfy(s -> assertThat(s.row().isBlank()).isFalse());
        assertThat(readLines(SEEDS.resolve("000_d469f4fbf1a796c8.txt"))).anyMatch(String::isBlank);
    }

    private static List<String> readLines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void skipsRepeatedPageHeadersAndSubtotalsWithTheirRowNumbers() {
        ImportResult.Imported imported = seed("000_d469f4fbf1a796c8.txt");
        assertThat(imported.report().skipped())
                .anySatisfy(s -> {
                    assertThat(s.row().number()).isEqualTo(97);
                    assertThat(s.reason()).isEqualTo(SkippedRow.Reason.PAGE_HEADER);
                })
                .anySatisfy(s -> {
                    assertThat(s.row().number()).isEqualTo(136);
                    assertThat(s.reason()).isEqualTo(SkippedRow.Reason.TOTAL);
                })
                .anySatisfy(s -> {
                    assertThat(s.row().number()).isEqualTo(111);
                    assertThat(s.reason()).isEqualTo(SkippedRow.Reason.CODE_WITHOUT_CONTENT);
                });
    }
}
