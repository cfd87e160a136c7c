package netlab.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import netlab.engine.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * NetLab as a user downloads it: {@code packaging/package.sh} packs the build (what
 * {@code ./netlab package} does) into an app image with its own jlinked runtime and a Debian
 * package, and every program here runs with no Java on PATH and no JAVA_HOME: the command
 * ({@code bin/netlab}) and jpackage's launcher ({@code bin/NetLab}) print their version, run a
 * preset, and open the window on a virtual display; the .deb carries the desktop entry, the icon,
 * the recordings' file type and the command on PATH, and what it unpacks runs too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedAppTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final String MESSAGE = "This is the message. It will be sent in parts.";

    @TempDir
    static Path tmp;
    private Path out;
    private Path image;
    /** The environment every packaged program gets: a PATH with no java on it, no JAVA_HOME. */
    private Map<String, String> noJava;

    @BeforeAll
    void pack() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        out = root.resolve("packaging/target/package-test");
        Path jdk = Path.of(System.getProperty("java.home"));
        Map<String, String> env = new HashMap<>(System.getenv());
        // the release .deb is xz-compressed (a minute on 2 CPUs); the test's needs no more than gzip -1
        env.put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        env.put("DPKG_DEB_COMPRESSOR_LEVEL", "1");
        long started = System.nanoTime();
        Result packed = run(List.of(root.resolve("packaging/package.sh").toString(), jdk.toString(),
                root.resolve("app/target").toString(), out.toString()), env, Duration.ofMinutes(8));
        assertThat(packed.status()).as(packed.toString()).isZero();
        System.out.printf(Locale.ROOT, "PackagedAppTest: packed the app image, tarball and .deb in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        image = out.resolve("NetLab");

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("env", "true", "readlink", "dirname")) {
            Files.createSymbolicLink(bin.resolve(tool), Tools.require(tool, "the packaged command's script uses it"));
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        noJava = new HashMap<>(Map.of("PATH", bin.toString(), "HOME", home.toString(), "LANG", "C.UTF-8"));
        assertThat(Tools.whichIn(bin.toString(), "java")).as("no java on the PATH the packaged programs get").isEmpty();
    }

    @Test
    void theCommandAndTheLauncherSayTheirVersionWithoutAJdk() throws Exception {
        for (String launcher : List.of("netlab", "NetLab")) {
            Result version = run(List.of(image.resolve("bin").resolve(launcher).toString(), "--version"), noJava, T);
            assertThat(version.status()).as(version.toString()).isZero();
            assertThat(version.out()).as(launcher).contains("NetLab 0.1.0").contains("Java " + Runtime.version().feature());
            assertThat(version.err()).as(launcher).isEmpty();
        }
    }

    @Test
    void thePackagedCommandRunsAPresetWithoutAJdk() throws Exception {
        Result run = run(List.of(image.resolve("bin/netlab").toString(), "run", "stream-echo", "--port", "0"), noJava, T);
        assertThat(run.status()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("main: starting up on 127\\.0\\.0\\.1 port \\d+");
        assertThat(lines.stream().filter(l -> l.equals("echo_client: waiting for response"))).hasSize(3);
        String received = String.join("", lines.stream().filter(l -> l.startsWith("echo_client: received b'"))
                .map(l -> l.substring("echo_client: received b'".length(), l.length() - 1)).toList());
        assertThat(received).isEqualTo(MESSAGE.repeat(3));
        assertThat(lines).endsWith("main: closing server", "main: closing event loop");
    }

    @Test
    void theDebianPackageInstallsTheCommandTheDesktopEntryTheIconAndTheFileType() throws Exception {
        Path dpkgDeb = Tools.require("dpkg-deb", "to read the Debian package");
        Path deb;
        try (var found = Files.list(out)) {
            deb = found.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        assertThat(deb.getFileName().toString()).matches("netlab_0\\.1\\.0(-1)?_\\w+\\.deb");
        Result control = run(List.of(dpkgDeb.toString(), "-f", deb.toString(), "Package", "Depends", "Section"), Map.of(), T);
        assertThat(control.out()).contains("Package: netlab").contains("libgtk-3-0").contains("Section: education");
        Result contents = run(List.of(dpkgDeb.toString(), "-c", deb.toString()), Map.of(), T);
        assertThat(contents.out()).contains("./opt/netlab/bin/netlab", "./opt/netlab/bin/NetLab", "./opt/netlab/lib/NetLab.png",
                "./opt/netlab/lib/runtime/bin/java", "./opt/netlab/lib/fx/javafx-graphics-");

        Path unpacked = tmp.resolve("deb");
        assertThat(run(List.of(dpkgDeb.toString(), "-x", deb.toString(), unpacked.toString()), Map.of(), T).status()).isZero();
        Path opt = unpacked.resolve("opt/netlab");
        String desktop = Files.readString(opt.resolve("lib/netlab-NetLab.desktop"));
        assertThat(desktop).contains("Exec=/opt/netlab/bin/NetLab %f", "Icon=/opt/netlab/lib/NetLab.png",
                "MimeType=application/x-netlab-recording", "Type=Application", "Categories=Education;Network;");
        assertThat(Files.readString(opt.resolve("lib/netlab-NetLab-MimeInfo.xml")))
                .contains("application/x-netlab-recording", "<glob pattern=\"*.netlab.jsonl\"");
        assertThat(Files.readAllBytes(opt.resolve("lib/NetLab.png"))).startsWith(0x89, 'P', 'N', 'G');

        Path scripts = tmp.resolve("deb-control");
        assertThat(run(List.of(dpkgDeb.toString(), "-e", deb.toString(), scripts.toString()), Map.of(), T).status()).isZero();
        assertThat(Files.readString(scripts.resolve("postinst"))).contains("ln -sf /opt/netlab/bin/netlab /usr/bin/netlab",
                "xdg-desktop-menu install /opt/netlab/lib/netlab-NetLab.desktop", "xdg-mime install");
        assertThat(Files.readString(scripts.resolve("prerm"))).contains("rm -f /usr/bin/netlab");

        // what the package unpacks runs as it is, without a JDK
        Result version = run(List.of(opt.resolve("bin/netlab").toString(), "--version"), noJava, T);
        assertThat(version.status()).as(version.toString()).isZero();
        assertThat(version.out()).contains("NetLab 0.1.0");
    }

    @Test
    void theWindowOpensOnAVirtualDisplayReplaysARecordingAndClosesOnSigterm() throws Exception {
        Path xvfb = Tools.require("Xvfb", "a virtual display for the packaged window (apt-get install xvfb)");
        Path xwininfo = Tools.require("xwininfo", "to see the window on the virtual display (apt-get install x11-utils)");
        Path recording = tmp.resolve("echo.netlab.jsonl");
        Result recorded = run(List.of(image.resolve("bin/netlab").toString(), "record", "--out", recording.toString(), "--",
                "run", "stream-echo", "--port", "0"), noJava, T);
        assertThat(recorded.status()).as(recorded.toString()).isZero();

        Path displayFile = tmp.resolve("display");
        Process display = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectOutput(displayFile.toFile()).redirectError(tmp.resolve("xvfb.err").toFile()).start();
        try {
            await().atMost(T).until(() -> !Files.readString(displayFile).isBlank());
            Map<String, String> env = new HashMap<>(noJava);
            env.put("DISPLAY", ":" + Files.readString(displayFile).strip());
            // the launcher a desktop entry runs, given the file as a file manager gives it (Exec=... %f)
            Path log = tmp.resolve("window.log");
            Process window = start(List.of(image.resolve("bin/NetLab").toString(), recording.toString()), env, log);
            try {
                List<String> xwininfoCmd = List.of(xwininfo.toString(), "-root", "-tree");
                await().atMost(T).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                        assertThat(run(xwininfoCmd, env, T).out()).contains("\"NetLab — network laboratory\"")
                                .contains("\"NetLab replay — " + recording));
                new ProcessBuilder("kill", "-TERM", Long.toString(window.pid())).start().waitFor(10, TimeUnit.SECONDS);
                assertThat(window.waitFor(T.toSeconds(), TimeUnit.SECONDS)).as("the window ended on SIGTERM").isTrue();
                String said = Files.readString(log);
                assertThat(window.exitValue()).as(said).isEqualTo(128 + 15);
                // it closed as its close button closes it: JavaFX's renderer was not taken from under it
                assertThat(said).doesNotContain("Exception", "GraphicsPipeline", "Error");
                // the window remembered its place under this HOME, not under the account's home directory
                assertThat(noJava.get("HOME")).isNotEqualTo(System.getProperty("user.home"));
                assertThat(Path.of(noJava.get("HOME"), ".java/.userPrefs/netlab/prefs.xml")).exists();
            } finally {
                window.destroyForcibly();
            }
        } finally {
            display.destroy();
            display.waitFor(10, TimeUnit.SECONDS);
        }
    }

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    private Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs to its end (bounded), its output in files: no reader thread can lose the last lines. */
    private Result run(List<String> command, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(command + " still running after " + timeout + "\n" + Files.readString(stdout)
                    + Files.readString(stderr));
        }
        return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

}
