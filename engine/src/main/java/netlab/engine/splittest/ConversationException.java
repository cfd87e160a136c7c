package netlab.engine.splittest;

/** A conversation that cannot be read: the message names the file, the line and the column. */
public final class ConversationException extends IllegalArgumentException {
    private final int line;
    private final int column;

    public ConversationException(String source, int line, int column, String message) {
        super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message);
        this.line = line;
        this.column = column;
    }

    /** 1-based; 0 when the trouble is not on one line. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when the whole line is at fault. */
    public int column() {
        return column;
    }
}
