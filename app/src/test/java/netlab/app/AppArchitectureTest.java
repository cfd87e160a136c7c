package netlab.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app's packages (the entry point, the command line, presets, code beside the run) depend on each other one way only. */
@AnalyzeClasses(packages = "netlab.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("netlab.app.(**)")
            .as("the app's packages").should().beFreeOfCycles();
}
