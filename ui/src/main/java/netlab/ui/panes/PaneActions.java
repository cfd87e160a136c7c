package netlab.ui.panes;

import java.nio.file.Path;
import java.util.function.Consumer;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.Problem;

/**
 * What a person can do from a pane; carried out by the view model, which owns the lab. Each
 * outcome comes back as a problem (null: it worked), on the UI thread.
 */
@FunctionalInterface
public interface PaneActions {
    /** Stops the endpoint the pane belongs to (a client left waiting without half-close, say). */
    void stopEndpoint(String endpointId);

    /** Whether the pane's endpoint takes typed input (an interactive client). */
    default boolean isInteractive(String endpointId) {
        return false;
    }

    /** Writes {@code data} on the endpoint's connection, as one write. */
    default void send(String endpointId, Bytes data, Consumer<Problem> then) {
        then.accept(Problem.of("pane.input.unavailable"));
    }

    /** Half-closes the endpoint's connection. */
    default void writeEof(String endpointId, Consumer<Problem> then) {
        then.accept(Problem.of("pane.input.unavailable"));
    }

    /** The person looks at this event (clicked its line): the code view shows what made it. */
    default void focus(LabEvent event) {
    }

    /** Writes {@code content} to {@code file}, away from the UI thread. */
    default void save(Path file, String content, Consumer<Problem> then) {
        then.accept(Problem.of("pane.export.unavailable"));
    }

    /** Whether {@code connection} can be written as pcap: every byte of it is kept somewhere (a recording). */
    default boolean canExportPcap(String connection) {
        return false;
    }

    /** Writes {@code connection} to {@code file} as pcap, away from the UI thread. */
    default void exportPcap(String connection, Path file, Consumer<Problem> then) {
        then.accept(Problem.of("pane.pcap.needsRecording"));
    }

    PaneActions NONE = id -> {
    };
}
