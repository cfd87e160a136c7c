package netlab.engine.files;

import java.nio.file.Path;

/**
 * What is wrong with a file a person wrote (rules, a script, a workspace): the file, the line and
 * the field it is about, and why, so that the message points at the one place to fix.
 */
public final class FileProblem extends IllegalArgumentException {
    private final String file;
    private final int line;
    private final String field;
    private final String reason;

    public FileProblem(String file, int line, String field, String reason) {
        super(file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + reason);
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    public static FileProblem of(Path file, int line, String field, String reason) {
        return new FileProblem(String.valueOf(file), line, field, reason);
    }

    public String file() {
        return file;
    }

    /** The line, from 1; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** The field's path ({@code rules[2].match.regex}); empty for the whole file. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
