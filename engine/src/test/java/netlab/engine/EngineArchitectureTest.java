package netlab.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's layering, checked on its compiled classes: no package of the engine depends on
 * itself through others (each one can be read, tested and moved on its own), and nothing in it
 * touches JavaFX or RichTextFX (the engine runs headless: the command line, the tests, the
 * benchmarks). The Maven enforcer keeps the JavaFX jars off the engine's class path; this keeps
 * the code itself from reaching for them (by reflection-free imports) if they ever came along.
 */
@AnalyzeClasses(packages = "netlab.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("netlab.engine.(**)")
            .as("the engine's packages").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("netlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .because("the engine is pure Java and Netty: the window belongs in ui/");
}
