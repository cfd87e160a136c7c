package netlab.engine.subprocess;

import java.util.Locale;
import java.util.Set;

/**
 * The signals a child may be sent, by the names Python's {@code signal} module gives them and
 * their numbers on Linux (a returncode of {@code -N} names signal N).
 */
final class SignalNumbers {
    private static final Set<String> NUMBERED = Set.of("HUP", "INT", "QUIT", "KILL", "USR1", "USR2", "PIPE", "ALRM", "TERM",
            "CONT", "STOP", "TSTP");

    private SignalNumbers() {
    }

    /** {@code SIGTERM}, {@code term} or {@code TERM}: {@code TERM}; IllegalArgumentException for a signal this does not know. */
    static String name(String signal) {
        String upper = signal.toUpperCase(Locale.ROOT);
        String name = upper.startsWith("SIG") ? upper.substring(3) : upper;
        if (!NUMBERED.contains(name)) {
            throw new IllegalArgumentException("unknown signal " + signal + " (one of SIG" + String.join(", SIG", NUMBERED) + ")");
        }
        return name;
    }

    /** The number of signal {@code name} (without SIG) on Linux; 0 for one this does not know. */
    static int number(String name) {
        return switch (name) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "QUIT" -> 3;
            case "KILL" -> 9;
            case "USR1" -> 10;
            case "USR2" -> 12;
            case "PIPE" -> 13;
            case "ALRM" -> 14;
            case "TERM" -> 15;
            case "CONT" -> 18;
            case "STOP" -> 19;
            case "TSTP" -> 20;
            default -> 0;
        };
    }

    static String signalName(int number) {
        for (String n : NUMBERED) {
            if (number(n) == number) {
                return "SIG" + n;
            }
        }
        return "signal " + number;
    }
}
