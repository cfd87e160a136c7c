package netlab.engine.script;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.PyRepr;
import netlab.engine.net.HostPort;
import netlab.engine.rules.Match;

/** One step of a client script; each says itself in words ({@link #describe()}) as the log and the window show it. */
public sealed interface Step {
    String describe();

    /** Connects to {@code to}, or to the script's target when empty. */
    record Connect(Optional<HostPort> to) implements Step {
        public String describe() {
            return "connect" + to.map(t -> " to " + t.host() + ":" + t.port()).orElse("");
        }
    }

    /**
     * Sends {@code parts}, each its own write, {@code pause} apart; {@code {{name}}} in a part is a
     * variable an earlier expect saved.
     */
    record Send(List<String> parts, ByteInput.Mode mode, Duration pause) implements Step {
        public Send {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("nothing to send");
            }
        }

        public String describe() {
            return "send " + String.join(" ", parts.stream().map(PyRepr::str).toList()) + (mode == ByteInput.Mode.TEXT ? "" : " (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /**
     * Waits until what arrived holds {@code match} (taking it and what came before it), at most
     * {@code timeout}; {@code save} names the regex's groups 1, 2... as variables.
     */
    record Expect(Match match, Duration timeout, List<String> save) implements Step {
        public Expect {
            save = List.copyOf(save);
        }

        public String describe() {
            return "expect " + match.kind().id() + " " + PyRepr.str(match.pattern()) + " within " + timeout.toMillis() + " ms"
                    + (save.isEmpty() ? "" : ", saving " + save);
        }
    }

    record Wait(Duration time) implements Step {
        public String describe() {
            return "wait " + time.toMillis() + " ms";
        }
    }

    /** write_eof(): the server reads EOF; the script can still read. */
    record HalfClose() implements Step {
        public String describe() {
            return "half-close";
        }
    }

    record Close() implements Step {
        public String describe() {
            return "close";
        }
    }

    /** Runs {@code steps} {@code times} times. */
    record Repeat(int times, List<Step> steps) implements Step {
        public Repeat {
            steps = List.copyOf(steps);
        }

        public String describe() {
            return "repeat " + times + " times (" + steps.size() + " steps)";
        }
    }
}
