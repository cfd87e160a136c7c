package netlab.engine.record;

import java.time.Instant;

/**
 * The first line of a recording: what it is, who wrote it, and when the lab's clock started (so
 * that every event's time can be told as a wall-clock time).
 *
 * @param netlab           the NetLab version that wrote it
 * @param labStarted       wall-clock instant of the lab's time 0
 * @param recordingStarted when the recording began (events before it are not in the file)
 * @param machine          the machine it was made on, in words: {@code Linux 6.1 amd64, Java 25, 2 CPUs}
 * @param command          what was recorded ({@code ./netlab run stream-echo}, {@code lab window}); may be null
 */
public record RecordingHeader(int version, String netlab, Instant labStarted, Instant recordingStarted, String machine,
                              String command) {

    /** A header for a recording made now of a lab whose clock started at {@code labStarted}. */
    public static RecordingHeader now(Instant labStarted, String command) {
        return new RecordingHeader(RecordingFormat.VERSION, netlabVersion(), labStarted, Instant.now(), thisMachine(), command);
    }

    public static String netlabVersion() {
        String v = RecordingHeader.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    static String thisMachine() {
        return System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " "
                + System.getProperty("os.arch", "") + ", Java " + Runtime.version().feature() + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs";
    }
}
