package netlab.perf.jmh;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventClock;
import netlab.engine.event.EventStream;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The StreamReader on the loop thread: feed one chunk, then take it back with read(n) or
 * readline(), {@value #BATCH} times per invocation (one hop onto the loop per batch). The cost
 * per chunk is what a stream echo pays on top of the transport.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class StreamReaderBenchmark {
    static final int BATCH = 1000;

    @Param({"64", "1024"})
    int size;

    @Param({"true", "false"})
    boolean detailed;

    private EventLoop loop;
    private StreamReader reader;
    private Bytes chunk;
    private Bytes line;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        EventStream events = new EventStream(new EventClock());
        events.setDetailed(detailed);
        loop = new EventLoop(events);
        reader = loop.submit(() -> new StreamReader(loop)).get(Duration.ofSeconds(10));
        chunk = Bytes.wrap(new byte[size]);
        byte[] l = new byte[size];
        java.util.Arrays.fill(l, (byte) 'x');
        l[size - 1] = '\n';
        line = Bytes.wrap(l);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        loop.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object feedThenRead() throws Exception {
        return loop.submit(() -> {
            Object last = null;
            for (int i = 0; i < BATCH; i++) {
                reader.feedData(chunk);
                LoopFuture<Bytes> f = reader.read(65_536);
                last = f.result();
            }
            return last;
        }).get(Duration.ofSeconds(30));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object feedThenReadline() throws Exception {
        return loop.submit(() -> {
            Object last = null;
            for (int i = 0; i < BATCH; i++) {
                reader.feedData(line);
                LoopFuture<Bytes> f = reader.readline();
                last = f.result();
            }
            return last;
        }).get(Duration.ofSeconds(30));
    }
}
