package netlab.engine.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.AbstractByteBuf;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;

/**
 * Turns Netty's leak reports (the build runs with paranoid detection) from log lines into test
 * failures: a listener on the ByteBuf leak detector records each report, and
 * {@link #assertNone()} makes the detector look after a garbage collection.
 */
public final class NettyLeaks {
    private static final List<String> REPORTS = new ArrayList<>();
    private static boolean installed;

    private NettyLeaks() {
    }

    /** Starts recording leak reports; call before the code under test runs. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            // the detector is package-private in Netty; there is no public way to listen to it
            Field f = AbstractByteBuf.class.getDeclaredField("leakDetector");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            ResourceLeakDetector<ByteBuf> detector = (ResourceLeakDetector<ByteBuf>) f.get(null);
            detector.setLeakListener((type, records) -> {
                synchronized (NettyLeaks.class) {
                    REPORTS.add(type + ": " + records);
                }
            });
            installed = true;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot listen to Netty's leak detector: " + e, e);
        }
    }

    /** Fails if Netty reported a leaked ByteBuf since the last check, without forcing a collection (cheap: after each test). */
    public static void assertNoneReported(String during) {
        synchronized (NettyLeaks.class) {
            if (!REPORTS.isEmpty()) {
                List<String> copy = new ArrayList<>(REPORTS);
                REPORTS.clear();
                throw new AssertionError("Netty reported leaked buffers during " + during + " (the records say where each "
                        + "was allocated and last touched):\n" + String.join("\n", copy));
            }
        }
    }

    /**
     * Collects garbage a few times and allocates (the detector reports leaks when it tracks a new
     * buffer), then fails if any ByteBuf was leaked since {@link #install()}.
     */
    public static void assertNone() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(20);
            for (int i = 0; i < 64; i++) {
                ByteBuf probe = ByteBufAllocator.DEFAULT.buffer(8);
                probe.release();
            }
        }
        synchronized (NettyLeaks.class) {
            if (!REPORTS.isEmpty()) {
                List<String> copy = new ArrayList<>(REPORTS);
                REPORTS.clear();
                throw new AssertionError("Netty reported leaked buffers:\n" + String.join("\n", copy));
            }
        }
    }
}
