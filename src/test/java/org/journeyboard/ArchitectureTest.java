package org.journeyboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the arrows of ARCHITECTURE.md pointing down: only the UI knows JavaFX, and packages form no cycles.
 *
 * <p>Every rule allows an empty selection because packages arrive one by one; a rule on a package that does
 * not exist yet passes and starts guarding it the moment its first class lands.
 */
@AnalyzeClasses(packages = "org.journeyboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages that must run headless: the command line and export work on machines without a display. */
    private static final String[] HEADLESS_PACKAGES = {
        "org.journeyboard.model..", "org.journeyboard.edit..", "org.journeyboard.layout..",
        "org.journeyboard.paint..", "org.journeyboard.io..", "org.journeyboard.export..",
        "org.journeyboard.cli.."
    };

    @ArchTest
    static final ArchRule headlessPackagesUseNoJavaFx = noClasses()
            .that().resideInAnyPackage(HEADLESS_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and export must work without a display and load no JavaFX class")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule headlessPackagesDoNotKnowTheUi = noClasses()
            .that().resideInAnyPackage(HEADLESS_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("org.journeyboard.ui..")
            .because("the UI sits on top of the core, never the other way round")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.journeyboard.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the launcher must start the command line without loading JavaFX, and new packages"
                    + " should not quietly become UI code")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("org.journeyboard.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelIsPureJava = classes()
            .that().resideInAPackage("org.journeyboard.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.journeyboard.model..", "java..")
            .because("the model is plain immutable records that every other package builds on")
            .allowEmptyShould(true);
}
