package netlab.engine.splittest;

/**
 * One re-segmentation of the requests: what kind of split, its name in the grid, its plan.
 *
 * @param number 1-based, in the order the grid runs them
 */
public record SplitCase(int number, Kind kind, String name, SplitPlan plan) {
    public enum Kind {
        /** each message in a write of its own, as on loopback: the reference the others differ from */
        PER_MESSAGE,
        BYTE_AT_A_TIME,
        /** a cut inside a delimiter or a length header */
        INSIDE_MARK,
        COALESCED,
        DELAY_BEFORE_LAST_BYTE,
        HALF_CLOSE,
        RANDOM,
        /** the fewest, smallest splits a failure was shrunk to */
        SHRUNK
    }
}
