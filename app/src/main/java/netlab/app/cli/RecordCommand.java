package netlab.app.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import netlab.app.preset.PresetLibrary;
import netlab.engine.record.RecordingFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "record", sortOptions = false,
        description = {"Run a headless command and record everything its lab does (every event, with its bytes and",
                "times) to a session file, for ./netlab replay or the lab window (File > Open recording).",
                "The same as giving the command --record FILE."},
        footer = {"", "Examples:",
                "  ./netlab record -- run stream-echo-relay",
                "  ./netlab record --out class.netlab.jsonl -- run stream-echo --port 0",
                "  ./netlab replay class.netlab.jsonl"})
final class RecordCommand implements Callable<Integer> {
    /** The commands that run a lab (and need its tasks); the others have nothing to record. */
    static final Set<String> RECORDABLE = Set.of("serve", "connect", "run", "relay", "exec", "head");

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The session file (default: netlab-DATE-TIME" + RecordingFormat.EXTENSION + " here).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command to run and its arguments, after --, e.g. -- run stream-echo.")
    List<String> command;

    private final PresetLibrary library;

    RecordCommand(PresetLibrary library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        if (!RECORDABLE.contains(command.get(0))) {
            throw new CliException("'" + command.get(0) + "' runs no lab to record; record one of " + String.join(", ",
                    RECORDABLE.stream().sorted().toList()) + " (e.g. ./netlab record -- run stream-echo)");
        }
        Path file = out != null ? out : Path.of("netlab-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + RecordingFormat.EXTENSION);
        CommandLine inner = NetlabCommand.create(library, () -> ExitCodes.USAGE, spec.commandLine().getOut(), spec.commandLine().getErr());
        Session.Recording.request(new Session.Recording(file, "./netlab " + String.join(" ", command)));
        try {
            return inner.execute(command.toArray(String[]::new));
        } finally {
            Session.Recording.requested(); // a command that failed before its lab ran leaves the request behind
        }
    }
}
