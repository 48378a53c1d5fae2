package org.journeyboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the arrows of ARCHITECTURE.md pointing down: only the UI knows JavaFX, and packages form no cycles.
 *
 * <p>No rule allows an empty selection: a rule about a package that was renamed or is still to come would pass
 * without checking anything. {@link #theRulesKnowEveryTopLevelPackage} keeps the list of packages here and the
 * packages in the code the same, so a new or renamed package fails until the rules say where it belongs.
 */
@AnalyzeClasses(packages = "org.journeyboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages that must run headless: the command line and export work on machines without a display. */
    private static final String[] HEADLESS_PACKAGES = {
        "org.journeyboard.model..", "org.journeyboard.edit..", "org.journeyboard.layout..",
        "org.journeyboard.paint..", "org.journeyboard.io..", "org.journeyboard.export..",
        "org.journeyboard.cli..", "org.journeyboard.insights..", "org.journeyboard.interop.."
    };

    @ArchTest
    static final ArchRule headlessPackagesUseNoJavaFx = noClasses()
            .that().resideInAnyPackage(HEADLESS_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and export must work without a display and load no JavaFX class");

    @ArchTest
    static final ArchRule headlessPackagesDoNotKnowTheUi = noClasses()
            .that().resideInAnyPackage(HEADLESS_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("org.journeyboard.ui..")
            .because("the UI sits on top of the core, never the other way round");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.journeyboard.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the launcher must start the command line without loading JavaFX, and new packages"
                    + " should not quietly become UI code");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("org.journeyboard.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelIsPureJava = classes()
            .that().resideInAPackage("org.journeyboard.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.journeyboard.model..", "java..")
            .because("the model is plain immutable records that every other package builds on");

    @ArchTest
    static final ArchRule insightsArePureFigures = classes()
            .that().resideInAPackage("org.journeyboard.insights..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.journeyboard.insights..",
                    "org.journeyboard.model..", "java..")
            .because("insights are figures computed from the map, for the editor, the export and scripts alike");

    @ArchTest
    static final ArchRule interopReadsOtherFormatsIntoTheModel = classes()
            .that().resideInAPackage("org.journeyboard.interop..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.journeyboard.interop..",
                    "org.journeyboard.model..", "org.journeyboard.io..", "org.journeyboard.paint..", "java..",
                    "com.fasterxml.jackson..")
            .because("importers and exporters of other formats turn text into maps and back, for the command line"
                    + " and the editor alike; io gives them located problems, paint the curve colours");

    /** Every top-level package of the program, each named by the rules above (headless) or the UI and launcher. */
    private static final Set<String> TOP_LEVEL_PACKAGES = Set.of(
            "model", "edit", "layout", "paint", "io", "export", "cli", "ui", "app", "insights", "interop");

    @ArchTest
    static void theRulesKnowEveryTopLevelPackage(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.startsWith("org.journeyboard.")) {
                found.add(name.substring("org.journeyboard.".length()).split("\\.")[0]);
            }
        }
        assertThat(found).as("top-level packages under org.journeyboard").isEqualTo(new TreeSet<>(TOP_LEVEL_PACKAGES));
        for (String headless : HEADLESS_PACKAGES) {
            String top = headless.substring("org.journeyboard.".length(), headless.length() - 2);
            assertThat(found).as("headless package %s", headless).contains(top);
        }
    }
}
