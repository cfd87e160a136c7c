package netlab.app.cli;

import picocli.CommandLine.Option;

/** --verbose / --quiet, shared by the commands that print the event log. */
public final class OutputOptions {
    @Option(names = {"-v", "--verbose"}, description = "Print every event (connection_made, data_received with its bytes and offset, ...), not only the log lines.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors: for load runs.")
    boolean quiet;

    public Verbosity verbosity() {
        return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }
}
