package org.widthlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layer rule (README, "How it is built"): the core (theory, engine, limits, linalg, io, cli) knows nothing of
 * JavaFX or of the window; only {@code ui} imports {@code javafx}.
 */
class ArchitectureTest {

    private static final String[] CORE = {"org.widthlab.theory..", "org.widthlab.engine..", "org.widthlab.limits..",
        "org.widthlab.linalg..", "org.widthlab.io..", "org.widthlab.cli.."};

    /** WidthLab's main classes, imported from where they were compiled (not by scanning the whole class path). */
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(Launcher.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void nothingOutsideUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.widthlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotKnowTheWindow() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("org.widthlab.ui..")
                .check(classes);
    }

    @Test
    void theTheoryDependsOnNothingElseOfWidthLab() {
        noClasses().that().resideInAPackage("org.widthlab.theory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.widthlab.engine..", "org.widthlab.limits..",
                        "org.widthlab.linalg..", "org.widthlab.io..", "org.widthlab.cli..")
                .check(classes);
    }
}
