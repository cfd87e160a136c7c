package netlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;

/**
 * What the teacher types to {@code ./netlab class}, read on a thread of its own. On a terminal,
 * keys (no Enter needed after q): Enter or space goes on (reveal, then the next question), q ends.
 * From a pipe or a file, lines, for scripts, each done in turn when it can be (a reveal waits for
 * its question's moment): an empty line, {@code reveal} or {@code next} goes on, {@code wait N}
 * waits until N students answered the open question, {@code drop NAME} closes the connections that
 * student's own clients have open to the lab's servers (at once), {@code q}, {@code quit} or
 * {@code end} ends, {@code #...} is a comment; the end of the input ends the class.
 */
final class TeacherKeys {
    enum Key { GO_ON, END }

    /** {@code wait N}: until N students answered the open question. */
    record WaitFor(int answers) {
    }

    /** {@code drop NAME}: closes that student's own connections to the lab's servers, now. */
    record Drop(String name) {
    }

    private TeacherKeys() {
    }

    /** Starts reading {@code in} into {@code keys}; on a terminal in character mode (restored at exit). */
    static Thread start(InputStream in, boolean terminal, BlockingQueue<Object> keys) {
        Thread t = new Thread(() -> {
            Terminal.Mode mode = terminal ? Terminal.characterMode() : null;
            try {
                if (mode != null) {
                    readKeys(in, keys);
                } else {
                    readLines(in, keys);
                }
            } catch (IOException e) {
                keys.add(Key.END);
            } finally {
                Terminal.restore(mode);
            }
        }, "netlab-class-keys");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void readKeys(InputStream in, BlockingQueue<Object> keys) throws IOException {
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n' || c == '\r' || c == ' ') {
                keys.add(Key.GO_ON);
            } else if (c == 'q' || c == 'Q' || c == 4) {
                keys.add(Key.END);
                return;
            }
        }
        keys.add(Key.END);
    }

    private static void readLines(InputStream in, BlockingQueue<Object> keys) throws IOException {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            switch (l) {
                case "", "reveal", "next" -> keys.add(Key.GO_ON);
                case "q", "quit", "end" -> {
                    keys.add(Key.END);
                    return;
                }
                default -> {
                    if (l.startsWith("drop ") && !line.strip().substring(5).isBlank()) {
                        keys.add(new Drop(line.strip().substring(5).strip()));
                    } else if (l.matches("wait \\d{1,4}")) {
                        keys.add(new WaitFor(Integer.parseInt(l.substring(5))));
                    } else if (!l.startsWith("#")) {
                        keys.add("unknown command '" + line.strip() + "' (an empty line or 'reveal' goes on, 'q' ends)");
                    }
                }
            }
        }
        keys.add(Key.END);
    }
}
