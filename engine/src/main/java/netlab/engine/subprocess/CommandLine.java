package netlab.engine.subprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line as a person types it, turned into an argument list without a shell (quotes and
 * backslashes group words; nothing is expanded, nothing is run), and back into text for display.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /**
     * Splits {@code line} into words as a POSIX shell would, but only that: {@code 'single'} and
     * {@code "double"} quotes group, a backslash escapes the next character (inside double quotes
     * only {@code \" \\ \$ \`}). No variables, globs, pipes or redirections: {@code |} and {@code >}
     * are ordinary characters here. Unbalanced quotes are an IllegalArgumentException.
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unbalanced ' in: " + line);
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("unbalanced \" in: " + line);
                }
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < line.length()) {
                    word.append(line.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code argv} as one line a person could paste into a shell: {@code python3 -c 'print(1)'}. */
    public static String display(List<String> argv) {
        StringBuilder out = new StringBuilder();
        for (String arg : argv) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(quote(arg));
        }
        return out.toString();
    }

    static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0)) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
