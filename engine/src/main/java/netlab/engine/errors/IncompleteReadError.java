package netlab.engine.errors;

import netlab.engine.bytes.Bytes;

/** asyncio.IncompleteReadError: EOF came before the bytes asked for; {@link #partial()} holds what did come. */
public class IncompleteReadError extends PyException {
    private final Bytes partial;
    private final Integer expected;

    public IncompleteReadError(Bytes partial, Integer expected) {
        super("IncompleteReadError", partial.size() + " bytes read on a total of "
                + (expected == null ? "undefined" : expected) + " expected bytes");
        this.partial = partial;
        this.expected = expected;
    }

    public Bytes partial() {
        return partial;
    }

    /** The count asked for, or null when reading up to a separator. */
    public Integer expected() {
        return expected;
    }
}
