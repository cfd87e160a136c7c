package netlab.engine.load;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import netlab.engine.net.NettyTransport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A load run in progress: its own Netty event loop(s), apart from the lab's loop, so that load
 * and server do not share a thread. Connects in batches, warms up, measures, closes everything,
 * and completes {@link #result()}. Reports progress twice a second.
 */
public final class LoadRun {
    private static final int CONNECTS_IN_FLIGHT = 256;
    private static final long PROGRESS_MILLIS = 500;

    private final LoadSpec spec;
    private final Consumer<LoadProgress> progress;
    private final LoadPattern pattern;
    private final MultiThreadIoEventLoopGroup group;
    private final ScheduledExecutorService clock;
    /** Epoll when it loads: the generator never half-closes, so the lab's reason for NIO does not apply. */
    private final NettyTransport transport = io.netty.channel.epoll.Epoll.isAvailable() ? NettyTransport.epoll() : NettyTransport.best();
    private final List<Channel> channels = new ArrayList<>();
    private final CompletableFuture<LoadResult> result = new CompletableFuture<>();
    private final Recorder latency = new Recorder(3);
    private final Histogram measured = new Histogram(3);
    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder mismatches = new LongAdder();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger nextConnection = new AtomicInteger();
    private final AtomicLong firstErrorSet = new AtomicLong();
    private volatile String firstError;
    private volatile boolean running = true;
    private volatile boolean measuring;
    private long startNanos;
    private long measureStartNanos;
    private long measureStartRequests;
    private long measureStartBytes;
    private long lastRequests;
    private long lastBytes;
    private long lastNanos;

    private LoadRun(LoadSpec spec, Consumer<LoadProgress> progress) {
        this.spec = spec;
        this.progress = progress == null ? p -> { } : progress;
        this.pattern = new LoadPattern(spec.mode() == LoadMode.STREAM ? 4 * spec.size() : spec.size());
        this.group = new MultiThreadIoEventLoopGroup(spec.threads(), new DefaultThreadFactory("netlab-load", true),
                transport.ioHandlerFactory());
        this.clock = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("netlab-load-clock", true));
    }

    /** Starts a run; {@code progress} is called twice a second on a helper thread. */
    public static LoadRun start(LoadSpec spec, Consumer<LoadProgress> progress) {
        LoadRun run = new LoadRun(spec, progress);
        run.begin();
        return run;
    }

    public LoadSpec spec() {
        return spec;
    }

    public CompletableFuture<LoadResult> result() {
        return result;
    }

    /** Ends the run now; the result covers what was measured so far. */
    public void stop() {
        clock.execute(this::finish);
    }

    private void begin() {
        startNanos = lastNanos = System.nanoTime();
        InetSocketAddress target = new InetSocketAddress(spec.host(), spec.port());
        if (target.isUnresolved()) {
            fail("cannot resolve " + spec.host());
            return;
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(transport.socketChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        for (int i = 0; i < Math.min(CONNECTS_IN_FLIGHT, spec.connections()); i++) {
            connectNext(bootstrap, target);
        }
        long warm = spec.warmup().toNanos();
        if (warm > 0) {
            clock.schedule(this::startMeasuring, warm, TimeUnit.NANOSECONDS);
        } else {
            startMeasuring();
        }
        clock.schedule(this::finish, warm + spec.duration().toNanos(), TimeUnit.NANOSECONDS);
        clock.scheduleAtFixedRate(this::report, PROGRESS_MILLIS, PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void connectNext(Bootstrap bootstrap, InetSocketAddress target) {
        int id = nextConnection.getAndIncrement();
        if (id >= spec.connections() || !running) {
            return;
        }
        ChannelFuture f = bootstrap.clone().handler(new LoadConnection(this, id)).connect(target);
        synchronized (channels) {
            channels.add(f.channel());
        }
        f.addListener((ChannelFuture done) -> {
            if (!done.isSuccess()) {
                error("connect to " + spec.host() + ":" + spec.port() + " failed: " + done.cause().getMessage());
            }
            connectNext(bootstrap, target);
        });
    }

    private synchronized void startMeasuring() {
        if (!running) {
            return;
        }
        latency.getIntervalHistogram(); // the warm-up's latencies are dropped
        measureStartNanos = System.nanoTime();
        measureStartRequests = requests.sum();
        measureStartBytes = bytes.sum();
        measuring = true;
    }

    private synchronized void report() {
        if (!running) {
            return;
        }
        long now = System.nanoTime();
        Histogram interval = latency.getIntervalHistogram();
        if (measuring) {
            measured.add(interval);
        }
        long r = requests.sum();
        long b = bytes.sum();
        double secs = Math.max(1e-9, (now - lastNanos) / 1e9);
        double total = (spec.warmup().toNanos() + spec.duration().toNanos()) / 1e9;
        double elapsed = (now - startNanos) / 1e9;
        LoadProgress p = new LoadProgress(elapsed, measuring, connected.get(), (r - lastRequests) / secs,
                (b - lastBytes) / secs / (1024.0 * 1024.0), interval.getValueAtPercentile(50) / 1000,
                interval.getValueAtPercentile(99) / 1000, errors.sum(), mismatches.sum(), Math.min(1.0, elapsed / total));
        lastRequests = r;
        lastBytes = b;
        lastNanos = now;
        try {
            progress.accept(p);
        } catch (RuntimeException ignored) {
            // a listener's failure must not end the run
        }
    }

    private synchronized void finish() {
        if (!running) {
            return;
        }
        long end = System.nanoTime();
        running = false;
        if (!measuring) {
            startMeasuring();
        }
        measured.add(latency.getIntervalHistogram());
        double seconds = Math.max(1e-9, (end - measureStartNanos) / 1e9);
        long req = requests.sum() - measureStartRequests;
        long by = bytes.sum() - measureStartBytes;
        if (spec.mode() == LoadMode.STREAM) {
            req = by / spec.size();
        }
        LoadResult r = new LoadResult(spec, seconds, req, by, req / seconds, by / seconds / (1024.0 * 1024.0),
                micros(50), micros(90), micros(99), micros(99.9), measured.getMaxValue() / 1000,
                errors.sum(), mismatches.sum(), firstError);
        closeEverything();
        result.complete(r);
    }

    private long micros(double percentile) {
        return measured.getTotalCount() == 0 ? 0 : measured.getValueAtPercentile(percentile) / 1000;
    }

    private void fail(String message) {
        running = false;
        closeEverything();
        result.completeExceptionally(new IllegalStateException(message));
    }

    private void closeEverything() {
        List<Channel> all;
        synchronized (channels) {
            all = new ArrayList<>(channels);
        }
        for (Channel ch : all) {
            ch.close();
        }
        clock.shutdown();
        // the pattern's memory goes once the loops have ended: no write of a slice of it is pending then
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).addListener(ended -> pattern.release());
    }

    // ---- from the connections ----

    LoadPattern pattern() {
        return pattern;
    }

    boolean running() {
        return running;
    }

    void connected() {
        connected.incrementAndGet();
    }

    void disconnected() {
        connected.decrementAndGet();
    }

    void request(long nanos) {
        requests.increment();
        latency.recordValue(nanos);
    }

    void received(int n) {
        bytes.add(n);
    }

    void mismatch() {
        mismatches.increment();
    }

    void error(String message) {
        errors.increment();
        if (firstErrorSet.compareAndSet(0, 1)) {
            firstError = message;
        }
    }
}
