package netlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab window's process stopped by a real signal: the children its lab runs are stopped with
 * it. A process holding a lab the way the window's does (a {@link GuiShutdown}) is signalled with
 * kill; its child must be gone. The same process without it shows what the check catches: the
 * child outlives it (and is then killed by the test).
 */
class SignalToTheWindowProcessTest {
    private static final long WAIT_MS = 30_000;

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalToTheWindowsProcessStopsTheChildrenOfItsLab(String signal) throws Exception {
        ProcessHandle child = signalled(signal, false);
        assertThat(child.onExit().get(WAIT_MS, TimeUnit.MILLISECONDS).isAlive()).as("the lab's child").isFalse();
        System.out.printf(Locale.ROOT, "SIG%s to the window's process: its lab's child (pid %d) stopped with it%n", signal, child.pid());
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM"})
    void withoutTheShutdownTheChildWouldOutliveTheProcess(String signal) throws Exception {
        ProcessHandle child = signalled(signal, true);
        try {
            // the process is gone and its child lives on, reparented: an orphan (a fact, not a wait)
            assertThat(child.isAlive()).as("the check sees an orphan when there is one").isTrue();
            assertThat(child.parent().map(ProcessHandle::pid)).as("its parent now").isNotEqualTo(java.util.Optional.of(ProcessHandle.current().pid()));
        } finally {
            child.destroyForcibly();
        }
    }

    private static ProcessHandle signalled(String signal, boolean bare) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), LabHoldingAChild.class.getName()));
        if (bare) {
            command.add("bare");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = p.inputReader(StandardCharsets.UTF_8)) {
            String line = readLineWithin(out, p);
            assertThat(line).startsWith("child ");
            Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(line.substring(6).trim()));
            assertThat(child).isPresent();
            assertThat(child.get().isAlive()).isTrue();
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
            assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(p.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)).as("the process ended on SIG" + signal).isTrue();
            return child.get();
        } finally {
            p.destroyForcibly();
        }
    }

    /** The first line the process prints, waited for at most 30 s. */
    private static String readLineWithin(BufferedReader out, Process p) throws Exception {
        java.util.concurrent.CompletableFuture<String> line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    if (l.startsWith("child ")) {
                        return l;
                    }
                }
                return "ended without a child line";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        try {
            return line.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new AssertionError("no child line within " + WAIT_MS + " ms");
        }
    }
}
