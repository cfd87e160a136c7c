package netlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import netlab.engine.event.LabEvent;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingException;
import netlab.engine.record.RecordingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", sortOptions = false,
        description = {"Print a recorded session's log as it was printed when it ran, at its own pace (or faster).",
                "No network is used: everything comes from the file. What is wrong with the file (a line cut",
                "short, events the recording missed) is said on stderr."})
final class ReplayCommand implements Callable<Integer> {
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A session file (./netlab record, --record, or the lab window's Record).")
    Path file;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X", description = "Replay X times as fast: 0.1 to 100 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--no-wait", description = "Print everything at once.")
    boolean noWait;

    @Option(names = {"-v", "--verbose"}, description = "Print every event (connection_made, data_received with its bytes and offset, ...), not only the log lines.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new CliException("--speed must be " + MIN_SPEED + " to " + MAX_SPEED + ", was " + speed);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Recording r;
        try {
            r = new RecordingReader().read(file);
        } catch (RecordingException e) {
            err.println("netlab replay: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        err.println("netlab replay: " + file + ": recorded " + r.header().recordingStarted() + " by NetLab " + r.header().netlab()
                + (r.header().machine() == null ? "" : " on " + r.header().machine())
                + (r.header().command() == null ? "" : " (" + r.header().command() + ")") + "; "
                + r.events().size() + " events over " + String.format(java.util.Locale.ROOT, "%.3f", (r.lastNanos() - r.firstNanos()) / 1e9) + " s");
        for (String note : r.notes()) {
            err.println("netlab replay: " + note);
        }
        err.flush();
        Verbosity verbosity = quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
        long start = System.nanoTime();
        long first = r.firstNanos();
        for (LabEvent e : r.events()) {
            if (!noWait) {
                long due = start + (long) ((e.nanos() - first) / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    out.flush();
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            if (verbosity.prints(e)) {
                out.println(verbosity.format(e));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
