package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, the domain core stays free of frameworks, and the module diagram is current. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(JixiaoApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void tableModelAndRulesUseNoFramework() {
        noClasses().that().resideInAPackage("org.jixiao.table..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                        "jakarta..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void scoringEngineUsesNoFramework() {
        noClasses().that().resideInAPackage("org.jixiao.evaluation")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(CLASSES);
    }

    /**
     * The diagrams are generated into target/ and compared with the committed ones line by line,
     * ignoring the order in which the generator happens to list components and relations. A stale
     * committed diagram is rewritten and the test fails, so that the update gets committed; a
     * current one is left untouched, so that a build leaves a clean checkout clean.
     */
    @Test
    void moduleDiagramInDocsIsCurrent() throws Exception {
        Path generated = Path.of("target", "architecture");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        Path committed = Path.of("docs", "architecture");
        Files.createDirectories(committed);
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).sorted().toList()) {
                Path target = committed.resolve(file.getFileName().toString());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    stale.add(target.toString());
                }
            }
        }
        assertThat(stale).as("module diagrams were out of date and have been rewritten; commit them").isEmpty();

        String diagram = Files.readString(committed.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains("\"" + module.getDisplayName() + "\""));
    }

    private static List<String> sortedLines(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().map(String::strip).sorted().toList();
    }
}
