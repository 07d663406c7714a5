package org.ionhop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library, checked on the compiled classes (ArchUnit): the domain packages depend on each
 * other without cycles, and the library has no command-line, JSON or plotting dependency and never prints or exits.
 */
class PackageCycleTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ionhop");

    @Test
    void domainPackagesHaveNoCycle() {
        slices().matching("org.ionhop.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void sharedNumericsDependOnNoDomainPackage() {
        // fit and stats are used by every domain; a dependency back would make them part of one
        noClasses().that().resideInAnyPackage("org.ionhop.fit..", "org.ionhop.stats..").should().dependOnClassesThat()
                .resideInAnyPackage("org.ionhop.impedance..", "org.ionhop.nmr..", "org.ionhop.kmc..",
                        "org.ionhop.trajectory..", "org.ionhop.landscape..", "org.ionhop.defects..",
                        "org.ionhop.transport..", "org.ionhop.mesoscale..", "org.ionhop.neb..", "org.ionhop.screen..")
                .check(CORE);
        noClasses().that().resideInAPackage("org.ionhop.nmr..").should().dependOnClassesThat()
                .resideInAPackage("org.ionhop.impedance..").check(CORE);
    }

    @Test
    void coreStaysFreeOfFrontEndLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml.jackson..",
                "org.jfree..", "de.erichseifert..", "me.tongfei..").check(CORE);
    }

    @Test
    void coreNeverPrintsOrExits() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class).check(CORE);
    }
}
