package netlab.engine.port;

import java.util.concurrent.CompletableFuture;

import netlab.engine.record.RecordingWriter;

/** A recording being written, on a thread of its own, of every event from its start on. */
public interface RunningRecording {
    /** Its figures now (events and bytes written, events missed, a failure); cheap, never waits. */
    RecordingWriter.Status status();

    /** Writes what is queued and the end line naming {@code reason}; done with the last figures when the file is whole. */
    CompletableFuture<RecordingWriter.Status> stop(String reason);
}
