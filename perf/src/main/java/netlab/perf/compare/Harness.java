package netlab.perf.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The comparison harness: starts each echo server (NetLab's stream echo and protocol echo, a raw
 * Netty echo on epoll and on NIO, Python asyncio and uvloop with streams and with a protocol when
 * they are installed), pins it to CPU 0, drives the same ping-pong load at it from the C epoll
 * client pinned to CPU 1, reads the server's CPU time from /proc, and prints one table with the
 * ratios to raw Netty epoll. Then it checks NetLab's own load generator against the C client.
 * Loopback only; every run is bounded; it stops what it starts.
 *
 * <pre>perf/compare [--quick] [--duration S] [--warmup S] [--sizes 64,1024,65536] [--connections 1,50,1000] [--servers a,b]</pre>
 */
public final class Harness {
    private static final Pattern MEASURING = Pattern.compile("^measuring$");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Path root;
    private final Options options;
    private final List<String> pinServer;
    private final List<String> pinClient;
    private final ObjectMapper json = new ObjectMapper();

    private Harness(Path root, Options options) {
        this.root = root;
        this.options = options;
        boolean pin = Runtime.getRuntime().availableProcessors() >= 2 && onPath("taskset");
        this.pinServer = pin ? List.of("taskset", "-c", "0") : List.of();
        this.pinClient = pin ? List.of("taskset", "-c", "1") : List.of();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = Path.of(System.getProperty("netlab.root", ".")).toAbsolutePath().normalize();
        new Harness(root, options).run();
    }

    private void run() throws Exception {
        Path client = compileClient();
        List<ServerUnderTest> servers = servers();
        System.out.printf(Locale.ROOT, "machine: %d cpus, %s; servers pinned to cpu 0, client to cpu 1%s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), pinServer.isEmpty() ? " (NOT pinned: no taskset or 1 cpu)" : "");
        System.out.printf(Locale.ROOT, "load: C epoll client, ping-pong, %s s measured after %s s warm-up, sizes %s, connections %s%n%n",
                options.duration, options.warmup, options.sizes, options.connections);
        List<Measurement> results = new ArrayList<>();
        for (ServerUnderTest server : servers) {
            try (RunningProcess p = new RunningProcess(server.command(), root)) {
                Matcher m;
                try {
                    m = p.await(server.listening(), START_LIMIT);
                } catch (IllegalStateException e) {
                    System.out.println(server.name() + ": did not start: " + e.getMessage());
                    continue;
                }
                int port = Integer.parseInt(m.group(1));
                for (int size : options.sizes) {
                    for (int conns : options.connections) {
                        Measurement r = measure(client, server.name(), p, port, size, conns);
                        results.add(r);
                        System.out.printf(Locale.ROOT, "  %-18s %6d B %5d conns %10.0f req/s  cpu %6.2f µs/req  p99 %6.0f µs%s%n",
                                r.server(), size, conns, r.rps(), r.cpuMicrosPerRequest(), r.p99Micros(),
                                r.errors() + r.mismatches() > 0 ? "  errors " + r.errors() + " mismatches " + r.mismatches() : "");
                    }
                }
            }
        }
        String table = Report.table(results, "netty-epoll");
        System.out.println();
        System.out.println(table);
        String clientCheck = clientCheck(client);
        System.out.println(clientCheck);
        save(results, table + "\n" + clientCheck);
    }

    private Measurement measure(Path client, String name, RunningProcess server, int port, int size, int conns)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(pinClient);
        cmd.addAll(List.of(client.toString(), "-p", Integer.toString(port), "-c", Integer.toString(conns),
                "-s", Integer.toString(size), "-d", options.duration, "-w", options.warmup));
        try (RunningProcess load = new RunningProcess(cmd, root)) {
            load.await(MEASURING, Duration.ofSeconds(120));
            double cpu0 = server.cpuSeconds();
            long limit = (long) (Double.parseDouble(options.duration) + 60);
            load.waitFor(Duration.ofSeconds(limit));
            double cpu1 = server.cpuSeconds();
            JsonNode r = lastJson(load.output());
            return new Measurement(name, size, conns, r.path("rps").asDouble(), r.path("mib_s").asDouble(),
                    r.path("p50_us").asDouble(), r.path("p99_us").asDouble(), cpu1 - cpu0, r.path("requests").asLong(),
                    r.path("errors").asLong(), r.path("mismatches").asLong());
        }
    }

    /** NetLab's load generator beside the C client, both against raw Netty epoll: it must not be the bottleneck. */
    private String clientCheck(Path client) throws Exception {
        ServerUnderTest netty = servers().stream().filter(s -> s.name().equals("netty-epoll")).findFirst().orElseThrow();
        StringBuilder out = new StringBuilder("load generator check (against netty-epoll, ping-pong):\n");
        try (RunningProcess p = new RunningProcess(netty.command(), root)) {
            int port = Integer.parseInt(p.await(netty.listening(), START_LIMIT).group(1));
            for (int size : new int[] {64, 1024}) {
                int conns = 50;
                List<String> c = new ArrayList<>(pinClient);
                c.addAll(List.of(client.toString(), "-p", Integer.toString(port), "-c", "" + conns, "-s", "" + size,
                        "-d", options.duration, "-w", options.warmup));
                double cRps = runJson(c).path("rps").asDouble();
                List<String> n = new ArrayList<>(pinClient);
                n.addAll(List.of(root.resolve("netlab").toString(), "load", "--port", Integer.toString(port), "-c", "" + conns,
                        "-s", "" + size, "-d", options.duration, "-w", options.warmup, "--json", "--no-progress"));
                double nRps = runJson(n).path("rps").asDouble();
                out.append(String.format(Locale.ROOT, "  %5d B %3d conns: C client %10.0f req/s, netlab load %10.0f req/s = %.2f×%n",
                        size, conns, cRps, nRps, nRps / cRps));
            }
        }
        return out.toString();
    }

    private JsonNode runJson(List<String> command) throws IOException, InterruptedException {
        try (RunningProcess p = new RunningProcess(command, root)) {
            p.waitFor(Duration.ofSeconds((long) Double.parseDouble(options.duration) + 120));
            return lastJson(p.output());
        }
    }

    private JsonNode lastJson(String output) throws IOException {
        String[] lines = output.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("{")) {
                return json.readTree(lines[i]);
            }
        }
        throw new IOException("no JSON result in:\n" + output);
    }

    private Path compileClient() throws IOException, InterruptedException {
        Path out = root.resolve("perf/target/echo_load");
        Path src = root.resolve("perf/c/echo_load.c");
        if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) >= 0) {
            return out;
        }
        Files.createDirectories(out.getParent());
        Process gcc = new ProcessBuilder("gcc", "-O2", "-o", out.toString(), src.toString()).inheritIO().start();
        if (!gcc.waitFor(120, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
            throw new IllegalStateException("cannot compile the C load client (needs gcc): " + src);
        }
        return out;
    }

    private List<ServerUnderTest> servers() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = root.resolve("perf/target/classes") + ":" + root.resolve("perf/target/lib") + "/*";
        String netlab = root.resolve("netlab").toString();
        Map<String, ServerUnderTest> all = new LinkedHashMap<>();
        all.put("netlab-stream", server("netlab-stream", List.of(netlab, "serve", "--quiet", "--port", "0", "--read-size", "65536"),
                ServerUnderTest.NETLAB_STARTING, "stream echo (seed 000) with reads of 64 KiB, epoll (the default)"));
        all.put("netlab-protocol", server("netlab-protocol", List.of(netlab, "serve", "--quiet", "--port", "0", "--behavior", "echo-protocol"),
                ServerUnderTest.NETLAB_SERVING, "protocol echo, epoll (the default)"));
        all.put("netlab-stream-nio", server("netlab-stream-nio", List.of("env", "NETLAB_JAVA_OPTS=-Dnetlab.transport=nio", netlab,
                "serve", "--quiet", "--port", "0", "--read-size", "65536"), ServerUnderTest.NETLAB_STARTING, "stream echo, NIO"));
        all.put("netlab-protocol-nio", server("netlab-protocol-nio", List.of("env", "NETLAB_JAVA_OPTS=-Dnetlab.transport=nio", netlab,
                "serve", "--quiet", "--port", "0", "--behavior", "echo-protocol"), ServerUnderTest.NETLAB_SERVING, "protocol echo, NIO"));
        for (String t : List.of("epoll", "nio")) {
            all.put("netty-" + t, server("netty-" + t, List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", cp,
                    "netlab.perf.RawNettyEchoServer", "--transport", t), ServerUnderTest.LISTENING_PORT, "raw Netty, " + t));
        }
        String py = root.resolve("perf/python/echo_server.py").toString();
        String asyncioPython = python("python3", "asyncio");
        if (asyncioPython != null) {
            for (String style : List.of("streams", "protocol")) {
                all.put("asyncio-" + style, server("asyncio-" + style, List.of(asyncioPython, py, "--style", style, "--loop", "asyncio"),
                        ServerUnderTest.LISTENING_PORT, "Python asyncio " + style));
            }
        }
        String uvloopPython = python("python3", "uvloop") != null ? "python3" : python("/usr/bin/python3", "uvloop");
        if (uvloopPython != null) {
            for (String style : List.of("streams", "protocol")) {
                all.put("uvloop-" + style, server("uvloop-" + style, List.of(uvloopPython, py, "--style", style, "--loop", "uvloop"),
                        ServerUnderTest.LISTENING_PORT, "uvloop " + style));
            }
        } else {
            System.out.println("uvloop is not installed (Debian: apt install python3-uvloop): its rows are left out");
        }
        if (options.servers.isEmpty()) {
            return List.copyOf(all.values());
        }
        List<ServerUnderTest> chosen = new ArrayList<>();
        for (String name : options.servers) {
            ServerUnderTest s = all.get(name);
            if (s == null) {
                throw new IllegalArgumentException("unknown server " + name + "; known: " + all.keySet());
            }
            chosen.add(s);
        }
        return chosen;
    }

    private ServerUnderTest server(String name, List<String> command, Pattern listening, String note) {
        List<String> cmd = new ArrayList<>(pinServer);
        cmd.addAll(command);
        return new ServerUnderTest(name, cmd, listening, note);
    }

    private static String python(String interpreter, String module) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(interpreter, "-c", "import " + module).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? interpreter : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private void save(List<Measurement> results, String text) throws IOException {
        Path dir = root.resolve("perf/target/results");
        Files.createDirectories(dir);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.writeString(dir.resolve("comparison-" + stamp + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("comparison-" + stamp + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(results),
                StandardCharsets.UTF_8);
        System.out.println("saved: " + dir.resolve("comparison-" + stamp + ".{txt,json}"));
    }

    /** Command-line options. */
    record Options(String duration, String warmup, List<Integer> sizes, List<Integer> connections, List<String> servers) {
        static Options parse(String[] args) {
            String duration = "5";
            String warmup = "1";
            List<Integer> sizes = List.of(64, 1024, 65536);
            List<Integer> connections = List.of(1, 50, 1000);
            List<String> servers = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--duration" -> duration = args[++i];
                    case "--warmup" -> warmup = args[++i];
                    case "--sizes" -> sizes = ints(args[++i]);
                    case "--connections" -> connections = ints(args[++i]);
                    case "--servers" -> servers = List.of(args[++i].split(","));
                    case "--quick" -> {
                        duration = "3";
                        sizes = List.of(1024);
                        connections = List.of(50);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (--quick --duration S --warmup S --sizes a,b --connections a,b --servers a,b)");
                }
            }
            return new Options(duration, warmup, sizes, connections, servers);
        }

        private static List<Integer> ints(String csv) {
            return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::parseInt).toList();
        }
    }
}
