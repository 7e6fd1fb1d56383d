package fwf.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Holds the package rooms of docs/ARCHITECTURE.md: core never touches the UI toolkits. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fwf");
    }

    @Test
    void onlyTheWindowAndItsGraphViewTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("fwf.app..", "fwf.graphview..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream.ui..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void workloadUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("fwf.workload..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "jdk.incubator.vector..", "fwf.workload..")
                .check(classes);
    }

    @Test
    void graphUsesWorkloadAtMost() {
        noClasses().that().resideInAPackage("fwf.graph..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "fwf.graph..", "fwf.workload..", "fwf.io..")
                .check(classes);
    }

    @Test
    void friendsUseTheJdkAndTheWorkloadCatalogueOnly() {
        noClasses().that().resideInAPackage("fwf.friends..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "fwf.friends..", "fwf.workload..", "fwf.json..",
                        "fwf.io..")
                .check(classes);
    }

    @Test
    void coreDoesNotReachUpIntoTheCommandLineOrTheWindow() {
        noClasses().that().resideInAnyPackage("fwf.workload..", "fwf.graph..", "fwf.run..", "fwf.runner..",
                        "fwf.worker..", "fwf.friends..", "fwf.results..", "fwf.chart..", "fwf.json..", "fwf.io..",
                        "fwf.graphview..")
                .should().dependOnClassesThat().resideInAnyPackage("fwf.cli..", "fwf.app..")
                .check(classes);
    }
}
