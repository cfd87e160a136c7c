package netlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

import netlab.app.preset.PresetLibrary;
import netlab.engine.loop.Continuations;
import netlab.engine.record.RecordingFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

/** {@code ./netlab}: the GUI with no subcommand, a headless run with one. */
@Command(name = "netlab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"NetLab: a network laboratory for asyncio's ideas, on Netty.",
                "With no command it opens the lab window; with one it runs headless."},
        footer = {"", "Examples:",
                "  ./netlab                                  open the lab",
                "  ./netlab session.netlab.jsonl             open the lab and replay a recording",
                "  ./netlab serve --port 0                   echo server on a free port",
                "  ./netlab connect --port 10000 --eof       the seed's client",
                "  ./netlab connect --part 'Hello ' --part 'World' --eof",
                "  ./netlab run stream-echo                  seed 000, server and client in one run",
                "  ./netlab presets                          what there is to run",
                "  ./netlab run gather-factorial             seed 001 #7: three tasks on one loop",
                "  ./netlab exec -- python3 -c 'print(1)'    a child process, its output and exit status",
                "  ./netlab head https://example.com/        the HTTP header fetcher of seed 001 #12",
                "  ./netlab relay --listen 10001 --to 127.0.0.1:10000 --split fixed:5   re-cut a stream on its way",
                "  ./netlab record -- run stream-echo-relay   record a run to a session file",
                "  ./netlab replay FILE                      print a recorded session's log again",
                "  ./netlab pcap FILE --connection server-1/1  one connection as pcap for Wireshark",
                "  ./netlab class --preset stream-echo      the class answers from their phones: predict, then reveal",
                "  ./netlab serve --rules examples/ping-pong.rules.json    a server that answers by rules",
                "  ./netlab script examples/ping-pong.script.json          a client that follows a script (exit 1 on a failed step)",
                "  ./netlab open examples/ping-pong.netlab-workspace.json  start a saved bench's servers and relays",
                "", "The launcher also takes: ./netlab build (rebuild), ./netlab test (every test)."})
public final class NetlabCommand implements Callable<Integer> {
    private final ToIntFunction<Path> openGui;

    @picocli.CommandLine.Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RECORDING",
            description = "A recording (.netlab.jsonl) to replay in the window, as opening the file from a file manager does.")
    String recording;

    NetlabCommand(ToIntFunction<Path> openGui) {
        this.openGui = openGui;
    }

    @Override
    public Integer call() {
        if (recording == null) {
            return openGui.applyAsInt(null);
        }
        Path file = Path.of(recording);
        if (!recording.endsWith(RecordingFormat.EXTENSION) && !java.nio.file.Files.isRegularFile(file)) {
            return UsageErrors.unknownCommand(spec.commandLine(), recording);
        }
        return openGui.applyAsInt(file);
    }

    /** The command line with every subcommand; {@code openGui} runs when no subcommand is given. */
    public static CommandLine create(PresetLibrary library, IntSupplier openGui, PrintWriter out, PrintWriter err) {
        return create(library, file -> openGui.getAsInt(), out, err);
    }

    /**
     * The command line with every subcommand; {@code openGui} runs when no subcommand is given,
     * with the recording to replay in the window (null for none).
     */
    public static CommandLine create(PresetLibrary library, ToIntFunction<Path> openGui, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new NetlabCommand(openGui))
                .addSubcommand(new ServeCommand())
                .addSubcommand(new ConnectCommand())
                .addSubcommand(new RunCommand(library))
                .addSubcommand(new PresetsCommand(library))
                .addSubcommand(new ExecCommand())
                .addSubcommand(new HeadCommand())
                .addSubcommand(new RelayCommand())
                .addSubcommand(new RecordCommand(library))
                .addSubcommand(new ReplayCommand())
                .addSubcommand(new PcapCommand())
                .addSubcommand(new LoadCommand())
                .addSubcommand(new SplitTestCommand())
                .addSubcommand(new ClassCommand(library))
                .addSubcommand(new ScriptCommand())
                .addSubcommand(new OpenCommand())
                .setOut(out)
                .setErr(err);
        for (CommandLine sub : cli.getSubcommands().values()) {
            // every command answers -h/--help with its own help and exit status 0 (one that declares
            // the standard help options has them already)
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
        }
        // everything after the command to record is that command's, options included
        cli.getSubcommands().get("record").setStopAtPositional(true);
        cli.setParameterExceptionHandler(UsageErrors::shortForm);
        // an unknown command is said as one, also with --help; a lab's tasks need the JDK's
        // continuations: a JVM without them is said once, before anything runs
        cli.setExecutionStrategy(parseResult -> {
            if (parseResult.subcommand() == null && parseResult.isUsageHelpRequested() && parseResult.hasMatchedPositional(0)) {
                return UsageErrors.unknownCommandFirst(parseResult);
            }
            Integer helped = CommandLine.executeHelpRequest(parseResult);
            if (helped != null) {
                return helped;
            }
            Optional<String> unavailable = Continuations.unavailable();
            if (unavailable.isPresent() && runsALab(parseResult)) {
                cli.getErr().println("netlab: " + unavailable.get());
                cli.getErr().flush();
                return ExitCodes.FAILED;
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException) {
                commandLine.getErr().println("netlab " + commandLine.getCommandName() + ": " + ex.getMessage());
                commandLine.getErr().println("Try './netlab " + commandLine.getCommandName() + " --help'.");
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("netlab " + commandLine.getCommandName() + ": " + ex);
            return ExitCodes.FAILED;
        });
        return cli;
    }

    /** The window (no command) and {@link RecordCommand#RECORDABLE} run a lab; record asks again for the command it runs. */
    private static boolean runsALab(CommandLine.ParseResult parseResult) {
        if (!parseResult.hasSubcommand()) {
            return true;
        }
        return RecordCommand.RECORDABLE.contains(parseResult.subcommand().commandSpec().name());
    }
}
