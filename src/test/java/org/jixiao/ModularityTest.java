package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String diagram = Files.readString(Path.of("docs/architecture/components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains("\"" + module.getDisplayName() + "\""));
    }
}
