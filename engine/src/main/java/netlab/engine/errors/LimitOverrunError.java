package netlab.engine.errors;

/**
 * asyncio.LimitOverrunError: the separator was not found within the reader's limit. The data
 * stays in the buffer; {@link #consumed()} says how many bytes could be taken.
 */
public class LimitOverrunError extends PyException {
    private final int consumed;

    public LimitOverrunError(String message, int consumed) {
        super("LimitOverrunError", message);
        this.consumed = consumed;
    }

    public int consumed() {
        return consumed;
    }
}
