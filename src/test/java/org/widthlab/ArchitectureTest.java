package org.widthlab;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of WidthLab, locked (README, "How it is built"). One rule for the package graph: which
 * package may use which. The core (everything but {@code ui}) knows nothing of JavaFX or the window.
 * Packages that do not exist yet are named already, so that the first class put there is held to
 * its place: {@code casestudies}, {@code lessons} (data only) and {@code cluster}. The grid runs the
 * engine and writes each finished cell into the store, so {@code grid} sits above {@code store}, which
 * knows only the engine's measurements. Inside {@code ui}, the page packages build on the shared ones and never on each
 * other or on the window's shell.
 */
class ArchitectureTest {

    private static final String ROOT = "org.widthlab";

    /** WidthLab's main classes, imported from where they were compiled (not by scanning the whole class path). */
    private final JavaClasses widthLab = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(Launcher.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void thePackageGraphGoesOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..").withOptionalLayers(true)
                .layer("launcher").definedBy(ROOT)
                .layer("theory").definedBy(ROOT + ".theory..")
                .layer("linalg").definedBy(ROOT + ".linalg..")
                .layer("engine").definedBy(ROOT + ".engine..")
                .layer("limits").definedBy(ROOT + ".limits..")
                .layer("input").definedBy(ROOT + ".input..")
                .layer("io").definedBy(ROOT + ".io..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("grid").definedBy(ROOT + ".grid..")
                .layer("casestudies").definedBy(ROOT + ".casestudies..")
                .layer("lessons").definedBy(ROOT + ".lessons..")
                .layer("cluster").definedBy(ROOT + ".cluster..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("ui").definedBy(ROOT + ".ui..")

                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cluster").mayNotBeAccessedByAnyLayer()
                .whereLayer("lessons").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("casestudies").mayOnlyBeAccessedByLayers("lessons", "cli", "ui")
                .whereLayer("grid").mayOnlyBeAccessedByLayers("lessons", "cluster", "cli", "ui")
                .whereLayer("store").mayOnlyBeAccessedByLayers("grid", "lessons", "cluster", "cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("grid", "store", "casestudies", "lessons", "cluster", "cli",
                        "ui")
                .whereLayer("input").mayOnlyBeAccessedByLayers("io", "grid", "store", "casestudies", "lessons", "cluster",
                        "cli", "ui")
                .whereLayer("limits").mayOnlyBeAccessedByLayers("io", "grid", "store", "casestudies", "cluster", "cli",
                        "ui")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("limits", "input", "io", "grid", "store", "casestudies",
                        "lessons", "cluster", "cli", "ui")
                // the launcher loads the native kernel before other threads start (MatrixKernels.loadNativeKernelFirst)
                .whereLayer("linalg").mayOnlyBeAccessedByLayers("launcher", "engine", "limits", "grid", "casestudies",
                        "cluster", "cli", "ui")
                .check(widthLab);
    }

    @Test
    void nothingOutsideUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..",
                        "atlantafx..")
                .check(widthLab);
    }

    /** The store keeps cells (engine measurements) and knows nothing above it; only it speaks SQL. */
    @Test
    void onlyTheStoreKnowsSql() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(widthLab);
        classes().that().resideInAPackage(ROOT + ".store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".engine..", "java..")
                .check(widthLab);
    }

    /**
     * Spark (and the Hadoop and Scala it brings) is {@code provided}: absent from the desktop's class path, so only
     * the cluster runner may touch it, and nothing depends on the runner (the layer rule above).
     */
    @Test
    void onlyTheClusterRunnerKnowsSpark() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(widthLab);
    }

    @Test
    void theTheoryDependsOnNothingElseOfWidthLab() {
        classes().that().resideInAPackage(ROOT + ".theory..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".theory..", "java..",
                        "org.apache.commons.numbers..")
                .check(widthLab);
    }

    /**
     * Inside the window: the shared packages ({@code model}: view models, no nodes; {@code page}: the page
     * interface; {@code charts}, {@code widgets}) know no page and not the shell ({@code org.widthlab.ui}
     * itself); each page package ({@code explorer}, and any added: sweeps, case studies, lessons) uses the
     * shared ones only, never another page package.
     */
    @Test
    void pagesBuildOnTheSharedUiPackagesOnly() {
        String[] shared = {ROOT + ".ui.model..", ROOT + ".ui.page..", ROOT + ".ui.charts..", ROOT + ".ui.widgets.."};
        noClasses().that().resideInAnyPackage(ROOT + ".ui.(*)..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui")
                .check(widthLab);
        noClasses().that().resideInAnyPackage(ROOT + ".ui.model..", ROOT + ".ui.charts..", ROOT + ".ui.widgets..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui.page..", ROOT + ".ui.explorer..")
                .check(widthLab);
        noClasses().that().resideInAPackage(ROOT + ".ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", ROOT + ".ui.charts..",
                        ROOT + ".ui.widgets..")
                .check(widthLab);
        slices().matching(ROOT + ".ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(shared))
                .check(widthLab);
    }
}
