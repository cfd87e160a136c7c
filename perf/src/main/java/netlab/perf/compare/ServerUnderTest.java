package netlab.perf.compare;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One echo server the harness compares: how to start it, and the line of its output that says it
 * listens (with the port in group 1).
 */
record ServerUnderTest(String name, List<String> command, Pattern listening, String note) {
    static final Pattern LISTENING_PORT = Pattern.compile("listening (\\d+)");
    static final Pattern NETLAB_STARTING = Pattern.compile("main: starting up on \\S+ port (\\d+)");
    static final Pattern NETLAB_SERVING = Pattern.compile("main: Serving on \\('[^']*', (\\d+)\\)");
}
