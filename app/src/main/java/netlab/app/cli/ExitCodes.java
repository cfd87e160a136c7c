package netlab.app.cli;

/** What the process exit status means. */
public final class ExitCodes {
    public static final int OK = 0;
    /** It ran, and what it did failed (could not connect, could not listen, a client failed). */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** exec: the program is there but cannot be run (as a shell says it). */
    public static final int NOT_EXECUTABLE = 126;
    /** exec: there is no such program (as a shell says it). */
    public static final int NOT_FOUND = 127;
    /** Stopped by SIGINT before it was done. */
    public static final int INTERRUPTED = 130;

    /** Stopped by SIGTERM before it was done. */
    public static final int TERMINATED = 143;

    /** 128 + the signal's number, as a shell reports a process that signal ended. */
    public static int bySignal(String name) {
        return "SIGTERM".equals(name) ? TERMINATED : INTERRUPTED;
    }

    private ExitCodes() {
    }
}
