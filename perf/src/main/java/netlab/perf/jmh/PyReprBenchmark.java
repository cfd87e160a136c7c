package netlab.perf.jmh;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import netlab.engine.bytes.Bytes;
import netlab.engine.pytext.PyPercent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a log line like {@code received b'...'} costs to format: the reason per-connection lines
 * are formatted lazily, and not at all when detail is off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PyReprBenchmark {
    @Param({"64", "1024", "65536"})
    int size;

    @Param({"text", "binary"})
    String content;

    private Bytes data;

    @Setup
    public void setUp() {
        byte[] b = new byte[size];
        if (content.equals("text")) {
            for (int i = 0; i < size; i++) {
                b[i] = (byte) ('a' + i % 26);
            }
        } else {
            new Random(42).nextBytes(b);
        }
        data = Bytes.wrap(b);
    }

    @Benchmark
    public String repr() {
        return data.repr();
    }

    @Benchmark
    public String logLine() {
        return PyPercent.format("received %r", data);
    }
}
