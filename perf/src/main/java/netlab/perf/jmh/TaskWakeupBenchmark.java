package netlab.perf.jmh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a stream echo pays per request on top of the transport, without the network: {@code tasks}
 * tasks each wait in {@code reader.read(65536).await()}, as the echo's body does. One operation
 * feeds every reader one chunk ({@code data_received}) and waits until every task has woken, taken
 * its chunk and waits again: a future set, its done callback through the ready queue, the task's
 * step, a continuation resumed and suspended, and a new read. Quiet, as {@code serve --quiet}: no
 * tracing, no detailed events. With 1,000 tasks their state no longer fits the caches, as at 1,000
 * connections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 2, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-XX:+UseSerialGC"})
public class TaskWakeupBenchmark {
    @Param({"50", "1000"})
    int tasks;

    private EventLoop loop;
    private final List<StreamReader> readers = new ArrayList<>();
    private Bytes chunk;
    /** Chunks taken so far, on the loop thread; the round's future completes when it reaches its goal. */
    private long taken;
    private long goal;
    private LoopFuture<Void> round;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        EventStream events = new EventStream(new EventClock());
        events.setDetailed(false);
        loop = new EventLoop(events);
        loop.controls().setTracing(false);
        chunk = Bytes.wrap(new byte[1024]);
        loop.submit(() -> {
            for (int i = 0; i < tasks; i++) {
                StreamReader reader = new StreamReader(loop);
                readers.add(reader);
                loop.createTask("reader-" + i, () -> {
                    while (true) {
                        Bytes data = reader.read(65_536).await();
                        if (data.isEmpty()) {
                            return null;
                        }
                        if (++taken == goal) {
                            round.setResult(null);
                        }
                    }
                });
            }
            return null;
        }).get(Duration.ofSeconds(10));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loop.submit(() -> {
            readers.forEach(StreamReader::feedEof);
            return null;
        }).get(Duration.ofSeconds(10));
        loop.close();
    }

    /** One chunk to every task; the time per task is this divided by {@code tasks}. */
    @Benchmark
    public Object wakeEveryTaskOnce() throws Exception {
        LoopFuture<LoopFuture<Void>> started = loop.submit(() -> {
            round = loop.createFuture();
            goal = taken + tasks;
            for (StreamReader reader : readers) {
                reader.feedData(chunk);
            }
            return round;
        });
        LoopFuture<Void> done = started.get(Duration.ofSeconds(30));
        return done.get(Duration.ofSeconds(30));
    }
}
