package org.ionhop.cli.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package cycle among the command-line packages (ArchUnit on the compiled classes): feature packages depend on
 * {@code common} and {@code report}, never the other way round (report sections are found as services).
 */
class CliPackageCycleTest {
    @Test
    void cliPackagesHaveNoCycle() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ionhop.cli");
        slices().matching("org.ionhop.cli.(*)..").should().beFreeOfCycles().check(cli);
    }
}
