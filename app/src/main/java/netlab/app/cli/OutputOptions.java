package netlab.app.cli;

import picocli.CommandLine.Option;

/** --verbose / --quiet, shared by the commands that print the event log. */
public final class OutputOptions {
    @Option(names = {"-v", "--verbose"}, description = "Print every event (connection_made, data_received with its bytes and offset, ...), not only the log lines.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors: for load runs.")
    boolean quiet;

    @Option(names = "--record", paramLabel = "FILE", description = "Record every event (bytes and times included) to this session file, for ./netlab replay or the lab window.")
    java.nio.file.Path record;

    /** What --record asks for, with the command line as typed (for the file's header); null without it. */
    Session.Recording recording(picocli.CommandLine.Model.CommandSpec spec) {
        if (record == null) {
            return Session.Recording.requested();
        }
        return new Session.Recording(record, "./netlab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    }

    public Verbosity verbosity() {
        return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }
}
