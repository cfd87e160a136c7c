package netlab.engine.loop;

/** When {@code asyncio.wait} returns. */
public enum ReturnWhen {
    /** As soon as any future is done or cancelled. */
    FIRST_COMPLETED,
    /** As soon as any future raises; if none does, when all are done (as ALL_COMPLETED). */
    FIRST_EXCEPTION,
    /** When every future is done or cancelled. */
    ALL_COMPLETED
}
