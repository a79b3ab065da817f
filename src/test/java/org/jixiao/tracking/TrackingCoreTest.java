package org.jixiao.tracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tracking rules (deadlines, periods, reports, flags, board) stay plain Java, like the table model. */
class TrackingCoreTest {

    @Test
    void theTrackingRulesUseNoFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jixiao.tracking");
        noClasses().that().resideInAPackage("org.jixiao.tracking")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
                        "org.apache.poi..")
                .check(classes);
    }
}
