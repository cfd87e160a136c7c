package netlab.perf.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventClock;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event pipeline's cost per event: publishing a data event with full detail to 0, 1 or 3
 * subscriptions (each drained as a consumer would, once per batch), and with detail off, where
 * the event is only counted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class EventStreamBenchmark {
    @Param({"0", "1", "3"})
    int subscribers;

    @Param({"true", "false"})
    boolean detailed;

    private EventStream stream;
    private final List<EventSubscription> subscriptions = new ArrayList<>();
    private final List<LabEvent> sink = new ArrayList<>(8192);
    private final Origin origin = new Origin("server-1", Role.SERVER, "server-1/1", "echo_127.0.0.1_5555",
            "127.0.0.1:10000", "127.0.0.1:5555");
    private final Bytes data = Bytes.utf8("This is the message. It will be sent in parts.");
    private long offset;
    private int sinceDrain;

    @Setup(Level.Trial)
    public void setUp() {
        stream = new EventStream(new EventClock());
        stream.setDetailed(detailed);
        for (int i = 0; i < subscribers; i++) {
            subscriptions.add(stream.subscribe("bench-" + i, 65_536));
        }
    }

    @Benchmark
    public Object publishDataReceived() {
        Object e = stream.publish(origin, EventKind.DATA_RECEIVED, null, null, data, offset, data.size(), null);
        offset += data.size();
        if (++sinceDrain == 4096) {
            // consumers drain in batches, as the window's pump does once per frame
            sinceDrain = 0;
            for (EventSubscription s : subscriptions) {
                s.drainTo(sink, Integer.MAX_VALUE);
                sink.clear();
            }
        }
        return e;
    }
}
