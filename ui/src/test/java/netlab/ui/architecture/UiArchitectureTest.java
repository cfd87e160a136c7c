package netlab.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The window is a pure consumer of the lab: it reads events from an event source, sends commands
 * and has files read and written through ports, and holds none of the engine's running objects.
 * Its packages form no cycle. These rules fail the build.
 */
@AnalyzeClasses(packages = "netlab.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    /** The engine's running objects and I/O: what the ports stand between the window and. */
    private static final DescribedPredicate<JavaClass> ENGINE_RUNTIME = DescribedPredicate.describe(
            "the engine's running objects (the lab, its endpoints, the loop, the event stream, writers, readers, load runs, "
                    + "the ports' own implementations)",
            c -> c.isAssignableTo("netlab.engine.lab.Lab")
                    || c.isAssignableTo("netlab.engine.lab.Endpoint")
                    || c.isAssignableTo("netlab.engine.loop.EventLoop")
                    || c.isAssignableTo("netlab.engine.loop.LoopFuture")
                    || c.isAssignableTo("netlab.engine.event.EventStream")
                    || c.isAssignableTo("netlab.engine.event.EventSubscription")
                    || c.isAssignableTo("netlab.engine.record.RecordingWriter")
                    || c.isAssignableTo("netlab.engine.record.RecordingReader")
                    || c.isAssignableTo("netlab.engine.load.LoadRun")
                    || c.getName().equals("netlab.engine.pcap.PcapExport")
                    || c.getPackageName().startsWith("netlab.engine.port.live")
                    || c.getPackageName().startsWith("netlab.engine.port.disk"));

    @ArchTest
    static final ArchRule the_window_holds_none_of_the_engines_running_objects = noClasses()
            .that().resideInAPackage("netlab.ui..")
            .should().dependOnClassesThat(ENGINE_RUNTIME)
            .because("the window reads events and sends commands through its ports (netlab.engine.port, EventSource)");

    @ArchTest
    static final ArchRule the_window_touches_no_socket_and_no_channel = noClasses()
            .that().resideInAPackage("netlab.ui..")
            .should().dependOnClassesThat(DescribedPredicate.describe("Netty, sockets and channels",
                    c -> c.getPackageName().startsWith("io.netty") || c.getPackageName().startsWith("java.nio.channels")
                            // a stylesheet's URL is a name, not a connection
                            || c.getPackageName().equals("java.net") && !c.getSimpleName().equals("URL") && !c.getSimpleName().equals("URI")))
            .because("the engine does the I/O");

    @ArchTest
    static final ArchRule the_window_does_no_file_io = noClasses()
            .that().resideInAPackage("netlab.ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .because("files are read and written through the file port, off the FX thread");

    @ArchTest
    static final ArchRule the_window_does_not_reach_up_into_the_app = noClasses()
            .that().resideInAPackage("netlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("netlab.app..");

    /** Each package is a slice of its own, the root package too: a cycle between any two fails. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().startsWith("netlab.ui")
                    ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of netlab.ui";
        }
    };

    @ArchTest
    static final ArchRule no_package_of_the_window_depends_on_itself_in_a_cycle = slices()
            .assignedFrom(BY_PACKAGE)
            .should().beFreeOfCycles();
}
