package netlab.engine.record;

/**
 * The session file: JSON Lines, UTF-8, one JSON object per line, each with a {@code type}:
 * <ol>
 * <li>{@code header} (first line, exactly once): {@code format} {@value #FORMAT},
 *     {@code version} {@value #VERSION}, {@code netlab} (the NetLab that wrote it),
 *     {@code labStarted} (wall-clock instant of the lab's time 0, ISO-8601), {@code recordingStarted},
 *     {@code machine} (os, arch, java, cpus), and {@code command} (what was recorded; optional);</li>
 * <li>{@code event}: one {@link netlab.engine.event.LabEvent} as it happened ({@link EventCodec});</li>
 * <li>{@code gap}: the writer fell behind and {@code count} events ({@code firstSeq}..{@code lastSeq})
 *     are not in the file; a recording with a gap says so wherever it is opened;</li>
 * <li>{@code end} (last line, when the recording was stopped properly): the events written, the
 *     events missed, and when it stopped. A file without it was cut short.</li>
 * </ol>
 * Readers ignore fields they do not know; a new meaning for an old field means a new version.
 */
public final class RecordingFormat {
    public static final String FORMAT = "netlab-recording";
    public static final int VERSION = 1;
    /** The file name ending NetLab gives recordings (any name opens). */
    public static final String EXTENSION = ".netlab.jsonl";

    /** Bytes of one event's data written at most; the rest is cut and the event says how big it was. */
    public static final int MAX_DATA_BYTES = 16 * 1024 * 1024;
    /** A line longer than this is not one NetLab wrote: a reader leaves it out. */
    public static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    private RecordingFormat() {
    }
}
