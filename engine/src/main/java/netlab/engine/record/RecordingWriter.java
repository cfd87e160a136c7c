package netlab.engine.record;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;

/**
 * Records a lab's events to a session file ({@link RecordingFormat}) as they happen, on a thread
 * of its own reading its own bounded subscription: a slow disk never slows the lab. Each batch is
 * flushed to the file as soon as it is written, so a crash loses at most the last moment. When the
 * writer cannot keep up, the events it missed are counted, written into the file as a gap, and
 * reported by {@link #status()}: a recording is complete or says that it is not.
 *
 * <p>{@link #start} does no I/O on the caller's thread (the UI may call it): the file is created
 * by the writer's thread, and a failure shows in {@link Status#failure()}. {@link #stop} does not
 * wait either: its future is done, with the last status, once the file is finished.
 */
public final class RecordingWriter implements AutoCloseable {
    /** Events the writer may fall behind by before it misses some. */
    public static final int CAPACITY = 262_144;
    /** How long the end of the program waits for a recording to be finished. */
    static final long AT_EXIT_WAIT_MILLIS = 5_000;
    /** How long {@link #close()} waits for the file to be finished. */
    static final long CLOSE_WAIT_MILLIS = 10_000;

    /** How far the recording got. */
    public record Status(Path file, long events, long bytes, long missed, String failure, boolean finished) {
        public boolean complete() {
            return missed == 0 && failure == null;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final EventSubscription subscription;
    private final EventStream stream;
    /** Detail events the stream had counted instead of published when this began (a quiet lab's). */
    private final long countedBefore;
    private final Path file;
    private final RecordingHeader header;
    private final Thread thread;
    private volatile long events;
    private volatile long bytes;
    private volatile long missed;
    private volatile long gaps;
    private volatile String failure;
    private volatile boolean finished;
    private final CompletableFuture<Status> done = new CompletableFuture<>();
    private volatile String endReason = "stopped";
    /** Finishes the file when the program ends while it records (SIGINT, SIGTERM, exit) without stopping it first. */
    private final Thread atExit;

    private RecordingWriter(EventStream stream, Path file, RecordingHeader header, int capacity) {
        // subscribed before anything else: no event from here on can be missed silently
        this.subscription = stream.subscribe("recording", capacity);
        this.stream = stream;
        this.countedBefore = stream.countedTotal();
        this.file = file;
        this.header = header;
        this.thread = new Thread(this::run, "netlab-recording");
        thread.setDaemon(true);
        this.atExit = new Thread(this::finishAtExit, "netlab-recording-at-exit");
    }

    /** Starts recording {@code stream} into {@code file} (replaced if it exists). */
    public static RecordingWriter start(EventStream stream, Path file, RecordingHeader header) {
        RecordingWriter w = new RecordingWriter(stream, file, header, CAPACITY);
        w.startWriting();
        return w;
    }

    /** For tests: a writer that holds at most {@code capacity} events and has not started writing. */
    static RecordingWriter unstarted(EventStream stream, Path file, RecordingHeader header, int capacity) {
        return new RecordingWriter(stream, file, header, capacity);
    }

    void startWriting() {
        try {
            Runtime.getRuntime().addShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // the program is ending already: nothing would wait for the file anyway
        }
        thread.start();
    }

    /** The program ends while this records: what is queued is written, then the end line (bounded: the program is leaving). */
    private void finishAtExit() {
        endReason = "the program ended while recording";
        subscription.close();
        try {
            thread.join(AT_EXIT_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Status status() {
        return new Status(file, events, bytes, missed, failure, finished);
    }

    public Path file() {
        return file;
    }

    private void run() {
        List<LabEvent> batch = new ArrayList<>(4096);
        try (Counting counted = new Counting(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16));
             JsonGenerator g = JSON.createGenerator(counted)) {
            g.setRootValueSeparator(null); // each line ends with its own newline, and nothing else separates them
            writeHeader(g, counted);
            counted.flush();
            bytes = counted.count; // the size shown is the file's from its first line on
            while (subscription.awaitDrainTo(batch, 4096, 100, TimeUnit.MILLISECONDS) >= 0) {
                for (LabEvent e : batch) {
                    // nothing publishes ELIDED: every one this subscription yields is its own gap
                    if (e.kind() == EventKind.ELIDED) {
                        writeGap(g, counted, e);
                    } else {
                        EventCodec.write(g, e);
                        endLine(g, counted);
                        events++;
                    }
                }
                if (!batch.isEmpty()) {
                    counted.flush();
                    bytes = counted.count;
                }
                batch.clear();
            }
            writeEnd(g, counted);
            counted.flush();
            bytes = counted.count;
        } catch (IOException e) {
            failure = "cannot write " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            subscription.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished = true;
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException e) {
                // the hook is what is finishing the file: the program is ending
            }
            done.complete(status());
        }
    }

    /** Done, with the last status, once the file is finished (its end line written, or the writing failed). */
    public CompletableFuture<Status> finished() {
        return done.copy();
    }

    private void writeHeader(JsonGenerator g, Counting out) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "header");
        g.writeStringField("format", RecordingFormat.FORMAT);
        g.writeNumberField("version", RecordingFormat.VERSION);
        g.writeStringField("netlab", EventCodec.clean(header.netlab()));
        g.writeStringField("labStarted", header.labStarted().toString());
        g.writeStringField("recordingStarted", header.recordingStarted().toString());
        g.writeStringField("machine", EventCodec.clean(header.machine()));
        if (header.command() != null) {
            g.writeStringField("command", EventCodec.clean(header.command()));
        }
        g.writeEndObject();
        endLine(g, out);
    }

    private void writeGap(JsonGenerator g, Counting out, LabEvent marker) throws IOException {
        missed += marker.amount();
        gaps++;
        g.writeStartObject();
        g.writeStringField("type", "gap");
        g.writeNumberField("t", marker.nanos());
        g.writeNumberField("count", marker.amount());
        g.writeNumberField("firstSeq", marker.seq());
        g.writeStringField("text", "the recording fell behind: " + marker.amount() + " events are not in this file");
        g.writeEndObject();
        endLine(g, out);
    }

    private void writeEnd(JsonGenerator g, Counting out) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "end");
        g.writeNumberField("events", events);
        g.writeNumberField("missed", missed);
        g.writeNumberField("gaps", gaps);
        long counted = stream.countedTotal() - countedBefore;
        if (counted > 0) {
            // a lab that ran quiet counted its reads and writes: the file says it lacks them
            g.writeNumberField("counted", counted);
        }
        g.writeStringField("stopped", Instant.now().toString());
        g.writeStringField("reason", endReason);
        g.writeEndObject();
        endLine(g, out);
    }

    private static void endLine(JsonGenerator g, Counting out) throws IOException {
        g.flush();
        out.write('\n');
    }

    /**
     * Why the recording will end, for its end line, said before the lab closes: closing the lab's
     * event stream ends the recording too, before any {@link #stop(String)} after it.
     */
    public void endsBecause(String reason) {
        endReason = reason;
    }

    /** Stops recording ({@link #stop(String)} "stopped"). */
    public CompletableFuture<Status> stop() {
        return stop("stopped");
    }

    /**
     * Stops recording, with why for the end line ("SIGTERM", "the window was closed"): what is
     * queued is written, then the end line, and the file is closed. Does not wait (the UI thread
     * may call it); done, with the last status, once the file is finished.
     */
    public CompletableFuture<Status> stop(String reason) {
        endReason = reason;
        subscription.close();
        return finished();
    }

    /** Stops recording and waits (up to 10 s) for the file to be finished: for try-with-resources. */
    @Override
    public void close() {
        try {
            stop().get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the status says how far it got
        }
    }

    /** Counts the bytes that reach the file. */
    private static final class Counting extends FilterOutputStream {
        volatile long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
