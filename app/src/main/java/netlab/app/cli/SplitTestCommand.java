package netlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.record.RecordingException;
import netlab.engine.record.RecordingReader;
import netlab.engine.splittest.CaseResult;
import netlab.engine.splittest.Conversation;
import netlab.engine.splittest.ConversationFile;
import netlab.engine.splittest.RecordedConversation;
import netlab.engine.splittest.SplitTestOptions;
import netlab.engine.splittest.SplitTestProgress;
import netlab.engine.splittest.SplitTestResult;
import netlab.engine.splittest.SplitTestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

@Command(name = "splittest", sortOptions = false,
        description = {"Does your server survive any chunking? Sends a conversation to HOST:PORT again and again,",
                "the requests cut differently each time (one byte at a time, seeded random sizes, a cut inside",
                "every delimiter or length header, messages coalesced, a pause before the last byte, a",
                "half-close), and compares every response byte for byte. The first failure is shrunk to the",
                "smallest split that still breaks the server and saved as a recording (./netlab replay).",
                "Exit 0 when every case passes, 1 when any fails (or the server cannot be reached), 2 on bad input,",
                "130 when Ctrl+C ended it before any failed (what ran so far is printed)."},
        footer = {"", "The conversation file: one exchange a line, REQUEST => RESPONSE, each side escaped (hello\\n)",
                "or prefixed text: or hex: as the composer writes parts; # starts a comment.", "", "Examples:",
                "  ./netlab splittest --to 127.0.0.1:7000 --conversation lines.txt",
                "  ./netlab splittest --to 127.0.0.1:7000 --framing length:2be --conversation framed.txt --cases 200 --seed 7",
                "  ./netlab splittest --to 127.0.0.1:7000 --conversation requests.txt --learn --json"})
final class SplitTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "HOST:PORT", description = "The server under test, e.g. 127.0.0.1:7000 or [::1]:7000.")
    String to;

    @Option(names = "--framing", defaultValue = "lines", paramLabel = "FRAMING",
            description = {"Where messages begin and end, to aim the cuts: lines (default), delimiter:SEP (escaped),",
                    "length:N[be|le] (an N-byte length header), fixed:N, or none (cuts anywhere)."})
    String framing;

    @Option(names = "--conversation", paramLabel = "FILE", description = "The exchanges to send: REQUEST => RESPONSE, one a line.")
    Path conversation;

    @Option(names = "--from-recording", paramLabel = "FILE", description = "Take the conversation from a recording of a live session instead.")
    Path fromRecording;

    @Option(names = "--learn", description = "Send the requests once, unsplit, and take the answers as what every case must get back.")
    boolean learn;

    @Option(names = "--cases", defaultValue = "64", paramLabel = "N", description = "At most N cases (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random sizes: the same seed, the same grid (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = "2000", paramLabel = "MS",
            description = "How long the server may stay silent while a response is due before it counts as hanging (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--gap", defaultValue = "5", paramLabel = "MS",
            description = "The pause between two writes, so that each arrives as a read of its own; raise it on a busy machine (default: ${DEFAULT-VALUE}).")
    long gapMillis;

    @Option(names = "--max-bytes", defaultValue = "67108864", paramLabel = "N", description = "Stop after sending this many request bytes in all (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--save", defaultValue = "splittest-failure.netlab.jsonl", paramLabel = "FILE",
            description = "Where the shrunk failure is saved as a recording (default: ${DEFAULT-VALUE}).")
    Path save;

    @Option(names = "--json", description = "Print one JSON object (the verdict, every case, the shrunk failure) instead of the grid.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SplitTestOptions options = options();
        Conversation c = conversation();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!json) {
            out.println("split test of " + options.target() + ", framing " + options.framing().spec() + ", " + c.exchanges().size()
                    + " exchanges (" + c.requests().size() + " request bytes) from " + c.source() + ", seed " + seed);
            out.println("   #  result  writes  case");
            out.flush();
        }
        SplitTestRun run = SplitTestRun.start(options, c, learn, json ? null : p -> printProgress(out, p));
        SignalHandler previous = null;
        try {
            // Ctrl+C ends the run with what ran so far, printed as a finished one is
            previous = Signal.handle(new Signal("INT"), s -> run.stop());
        } catch (IllegalArgumentException e) {
            // no SIGINT here (a JVM run with -Xrs): the run cannot be interrupted, only ended
        }
        SplitTestResult r;
        try {
            r = run.result().get(1, TimeUnit.DAYS);
        } finally {
            if (previous != null) {
                Signal.handle(new Signal("INT"), previous);
            }
        }
        if (json) {
            out.println(SplitTestJson.of(r));
        } else {
            printEnd(out, r);
        }
        out.flush();
        err.flush();
        if (r.allPassed() && r.stopReason().filter("stopped"::equals).isPresent()) {
            return ExitCodes.INTERRUPTED; // nothing failed, but not everything ran
        }
        return r.allPassed() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private SplitTestOptions options() {
        try {
            int colon = to.lastIndexOf(':');
            if (colon <= 0 || colon == to.length() - 1) {
                throw new IllegalArgumentException("--to takes HOST:PORT, e.g. 127.0.0.1:7000, was '" + to + "'");
            }
            String host = to.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(to.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--to: '" + to.substring(colon + 1) + "' is not a port");
            }
            return new SplitTestOptions(new HostPort(host, Ports.checkConnect(port)), SplitTestOptions.framing(framing), cases, seed,
                    Duration.ofMillis(timeoutMillis), Duration.ofMillis(gapMillis), Duration.ofMillis(150), Duration.ofMillis(30), maxBytes,
                    SplitTestOptions.DEFAULT_SHRINK_RUNS, java.util.Optional.of(save));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private Conversation conversation() {
        if ((conversation == null) == (fromRecording == null)) {
            throw new CliException("give the conversation: --conversation FILE or --from-recording FILE (one of them)");
        }
        try {
            if (fromRecording != null) {
                return RecordedConversation.from(new RecordingReader().read(fromRecording));
            }
            String text = Files.readString(conversation, StandardCharsets.UTF_8);
            return ConversationFile.parse(text, conversation.toString(), learn);
        } catch (IOException e) {
            throw new CliException("cannot read " + (conversation != null ? conversation : fromRecording) + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        } catch (RecordingException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void printProgress(PrintWriter out, SplitTestProgress p) {
        if (p.latest() != null && p.phase().equals("running")) {
            out.println(row(p.latest()));
        } else if (p.phase().equals("learning")) {
            out.println("  learning the responses: the requests once, each message in one write");
        } else if (p.phase().equals("shrinking")) {
            out.println("  shrinking case " + p.latest().splitCase().number() + " to the smallest split that still fails\u2026");
        }
        out.flush();
    }

    static String row(CaseResult c) {
        String line = String.format(Locale.ROOT, "%4d  %-6s  %6d  %s", c.splitCase().number(), c.outcome().tag(),
                c.splitCase().plan().writeCount(), c.splitCase().name());
        return c.passed() ? line : line + "\n" + " ".repeat(22) + c.outcome().describe();
    }

    private static void printEnd(PrintWriter out, SplitTestResult r) {
        r.shrunk().ifPresent(s -> {
            out.println("shrunk in " + r.shrinkRuns() + " runs to " + s.splitCase().plan().writeCount() + " writes: " + s.chunkMap());
            out.println(" ".repeat(6) + s.outcome().tag() + ": " + s.outcome().describe());
        });
        r.recording().ifPresent(f -> out.println("saved the failure as " + f + "; replay it: ./netlab replay " + f
                + "  (or ./netlab " + f + " to see its chunk map in the window)"));
        out.printf(Locale.ROOT, "%s  [%.1f s]%n", r.verdict(), r.nanos() / 1e9);
    }
}
