package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.table.Points;
import org.jixiao.table.TableCategory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file kind of the corpus ({@code src/test/resources/exchange/*.txt}, see {@link FixtureDescription}):
 * the file is made from its description (into target/exchange-fixtures, to open by hand), imported
 * as an upload is, and must give the categories with their first- and second-level counts and points,
 * the unit, and exactly the findings listed.
 */
class FixtureCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/exchange");
    private static final Path MADE = Path.of("target/exchange-fixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureImportsAsDescribed() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        return files.stream().map(FixtureDescription::read)
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> check(fixture)));
    }

    private static void check(FixtureDescription fixture) throws IOException {
        byte[] bytes = fixture.bytes();
        Files.createDirectories(MADE);
        Files.write(MADE.resolve(fixture.name() + "." + fixture.extension()), bytes);
        ImportResult result = TableImporter.withDefaults().importBytes(bytes, ImportTarget.standalone());
        assertThat(result).as(fixture.name()).isInstanceOf(ImportResult.Imported.class);
        ImportResult.Imported imported = (ImportResult.Imported) result;
        String notes = String.join("\n", imported.report().notes().stream()
                .map(n -> n.finding().code() + " " + n.finding().message()).toList());
        if (fixture.unit() != null) {
            assertThat(imported.report().unitName()).as("unit").isEqualTo(fixture.unit());
        }
        for (FixtureDescription.Expected expected : fixture.expected()) {
            TableCategory category = imported.table().categories().stream()
                    .filter(c -> c.name().equals(expected.category())).findFirst()
                    .orElseThrow(() -> new AssertionError(fixture.name() + ": no category " + expected.category()
                            + " among " + imported.table().categories().stream().map(TableCategory::name).toList()
                            + "\n" + notes));
            assertThat(category.firstLevel()).as("%s: %s first-level\n%s", fixture.name(), expected.category(), notes)
                    .hasSize(expected.firstLevel());
            assertThat(category.secondLevelCount()).as("%s: %s second-level", fixture.name(), expected.category())
                    .isEqualTo(expected.secondLevel());
            assertThat(category.actualPoints()).as("%s: %s points", fixture.name(), expected.category())
                    .isEqualByComparingTo(Points.of(expected.points()));
        }
        assertThat(imported.table().categories().stream().filter(c -> !c.firstLevel().isEmpty())
                .map(TableCategory::name).toList()).as("%s: categories with rows", fixture.name())
                .containsExactlyInAnyOrderElementsOf(fixture.expected().stream()
                        .map(FixtureDescription.Expected::category).toList());
        for (Map.Entry<String, String> basis : fixture.basis().entrySet()) {
            assertThat(imported.table().allFirstLevel().stream()
                    .filter(l1 -> l1.code() != null && l1.code().value().equals(basis.getKey()))
                    .flatMap(l1 -> l1.basis().stream()).map(Object::toString).toList())
                    .as("%s: 文件依据 of %s", fixture.name(), basis.getKey())
                    .anySatisfy(ref -> assertThat(ref).contains(basis.getValue()));
        }
        for (Map.Entry<String, Integer> finding : fixture.findings().entrySet()) {
            assertThat(imported.report().notes().stream().filter(n -> n.finding().code().equals(finding.getKey())))
                    .as("%s: findings %s\n%s", fixture.name(), finding.getKey(), notes).hasSize(finding.getValue());
        }
    }
}
