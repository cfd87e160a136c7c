package netlab.engine.relay;

import java.util.Random;

/**
 * What happens to each datagram of one direction through a UDP relay, drawn in arrival order
 * from a seeded generator: the same seed and the same datagrams give the same drops and
 * reorders. Two draws per datagram at most: one for dropping it, then one for holding it back.
 */
public final class DatagramFates {
    public enum Fate {
        /** Sent on (after the delay). */
        PASS,
        /** Never sent. */
        DROP,
        /** Held back and sent after the next one. */
        HOLD
    }

    private final Random random;
    private final double drop;
    private final double reorder;

    public DatagramFates(long seed, double drop, double reorder) {
        this.random = new Random(seed);
        this.drop = drop;
        this.reorder = reorder;
    }

    /**
     * The next datagram's fate; {@code canHold} is false while one is already held back (it goes
     * out with this one, so this one cannot wait too).
     */
    public Fate next(boolean canHold) {
        if (drop > 0 && random.nextDouble() < drop) {
            return Fate.DROP;
        }
        if (reorder > 0 && random.nextDouble() < reorder && canHold) {
            return Fate.HOLD;
        }
        return Fate.PASS;
    }
}
