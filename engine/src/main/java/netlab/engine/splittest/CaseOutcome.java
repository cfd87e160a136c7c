package netlab.engine.splittest;

import netlab.engine.bytes.Bytes;

/** How one case went: passed, or the first way it failed. Each says itself in one line. */
public sealed interface CaseOutcome {
    /** Bytes either side of a difference that a verdict shows. */
    int CONTEXT = 24;

    boolean passed();

    /** A short word for the grid: pass, DIFF, HANG, CLOSED, RESET, EXTRA, REFUSED. */
    String tag();

    /** One line for a person. */
    String describe();

    record Passed(long bytes) implements CaseOutcome {
        public boolean passed() {
            return true;
        }

        public String tag() {
            return "pass";
        }

        public String describe() {
            return "the " + bytes + " bytes expected came back";
        }
    }

    /** The responses differ at {@code offset}: what was expected there, what came. */
    record Differed(long offset, Bytes expected, Bytes got) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "DIFF";
        }

        public String describe() {
            return "differs at byte " + offset + ": expected " + expected.repr() + ", got " + got.repr();
        }
    }

    /** Nothing more came for {@code timeoutMillis} with {@code received} of {@code expected} bytes read. */
    record Hung(long received, long expected, long timeoutMillis, Bytes waitingFor) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "HANG";
        }

        public String describe() {
            return "the server hangs: nothing for " + timeoutMillis + " ms after " + received + " of " + expected
                    + " bytes; still expected " + waitingFor.repr();
        }
    }

    /** The server closed (EOF) before the responses were all there. */
    record ClosedEarly(long received, long expected, Bytes missing) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "CLOSED";
        }

        public String describe() {
            return "the server closed after " + received + " of " + expected + " bytes; never sent " + missing.repr();
        }
    }

    /** The connection was reset (or broke) before the responses were all there. */
    record Reset(long received, long expected, String error) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "RESET";
        }

        public String describe() {
            return "the connection broke after " + received + " of " + expected + " bytes: " + error;
        }
    }

    /** Every expected byte came, and then more. */
    record AnsweredMore(long expected, Bytes extra) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "EXTRA";
        }

        public String describe() {
            return "the server answered more than expected: after the " + expected + " bytes came " + extra.repr();
        }
    }

    /** No connection: nothing listens there, or it could not be reached. */
    record Unreachable(String error) implements CaseOutcome {
        public boolean passed() {
            return false;
        }

        public String tag() {
            return "REFUSED";
        }

        public String describe() {
            return "cannot connect: " + error;
        }
    }
}
