package netlab.engine.record;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;

/**
 * Opens a session file. Strict and data-only: every line is parsed as plain JSON and every field
 * checked, and nothing in a file can do more than fill the list of events. Bounded: a line longer
 * than {@link RecordingFormat#MAX_LINE_BYTES}, more than {@link Limits#maxEvents()} events or
 * more than {@link Limits#maxDataBytes()} of data are not read into memory.
 *
 * <p>What cannot be a recording (no header, another format, a version this NetLab does not read)
 * is refused with a {@link RecordingException} that says why. What is a recording with something
 * wrong opens with what it has, and {@link Recording#notes()} says what: "line 7 is cut short",
 * "line 12 was left out: kind: unknown kind 'X'", "the recording has no end line".
 */
public final class RecordingReader {
    /** How much a reader takes at most. */
    public record Limits(long maxEvents, long maxDataBytes, int maxBadLines, long maxFileBytes) {
        /** Far more than a recording of the most this reader opens (1M events, 512 MiB of data) ever takes. */
        public static final Limits DEFAULT = new Limits(1_000_000, 512L * 1024 * 1024, 1_000, 4L * 1024 * 1024 * 1024);

        public Limits(long maxEvents, long maxDataBytes, int maxBadLines) {
            this(maxEvents, maxDataBytes, maxBadLines, DEFAULT.maxFileBytes());
        }
    }

    /** Notes kept at most; the rest are counted in the last one. */
    static final int MAX_NOTES = 20;

    private final Limits limits;

    public RecordingReader(Limits limits) {
        this.limits = limits;
    }

    public RecordingReader() {
        this(Limits.DEFAULT);
    }

    public Recording read(Path file) throws RecordingException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new RecordingException(file + ": the file is " + human(size) + ", more than the " + human(limits.maxFileBytes())
                    + " NetLab opens: not a recording NetLab made, or one that ran for far too long to replay");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Recording read(String source, InputStream in) throws RecordingException, IOException {
        LineReader lines = new LineReader(in, RecordingFormat.MAX_LINE_BYTES);
        List<String> notes = new ArrayList<>();
        if (!lines.next()) {
            throw new RecordingException(source + ": the file is empty, not a NetLab recording");
        }
        if (lines.tooLong()) {
            throw new RecordingException(source + ": the first line is over " + mib(RecordingFormat.MAX_LINE_BYTES)
                    + " long: not a NetLab recording");
        }
        RecordingHeader header = header(source, lines);
        List<LabEvent> events = new ArrayList<>();
        Map<Origin, Origin> origins = EventCodec.newOriginTable();
        long data = 0;
        long missed = 0;
        long counted = 0;
        int bad = 0;
        int blank = 0;
        int suppressed = 0;
        boolean ended = false;
        boolean truncated = false;
        boolean full = false;
        while (lines.next()) {
            long n = lines.number();
            if (ended) {
                suppressed += note(notes, "line " + n + " comes after the end line: the rest was left out");
                break;
            }
            if (lines.tooLong()) {
                bad++;
                suppressed += note(notes, "line " + n + " is over " + mib(RecordingFormat.MAX_LINE_BYTES) + " long and was left out");
            } else if (lines.length() == 0) {
                // NetLab writes no empty lines; a file of nothing but newlines must not be read to its end
                if (++blank > limits.maxBadLines()) {
                    throw new RecordingException(source + ": more than " + limits.maxBadLines()
                            + " empty lines: not a NetLab recording, or badly damaged");
                }
                continue;
            } else {
                Map<String, Object> m;
                try {
                    m = JsonLine.parse(lines.bytes(), lines.length());
                } catch (IllegalArgumentException e) {
                    if (!lines.endedWithNewline()) {
                        truncated = true;
                        suppressed += note(notes, "line " + n + " is cut short (the recording stopped while writing it): "
                                + "opened the " + events.size() + " events before it");
                        break;
                    }
                    bad++;
                    suppressed += note(notes, "line " + n + " was left out: " + e.getMessage());
                    if (bad > limits.maxBadLines()) {
                        throw new RecordingException(source + ": more than " + limits.maxBadLines()
                                + " lines are not what a recording holds: not a NetLab recording, or badly damaged ("
                                + notes.get(0) + ")");
                    }
                    continue;
                }
                try {
                    String type = JsonLine.string(m, "type", 32);
                    switch (type) {
                        case "event" -> {
                            LabEvent e = EventCodec.read(m, origins);
                            if (events.size() >= limits.maxEvents() || data + e.data().size() > limits.maxDataBytes()) {
                                full = true;
                                suppressed += note(notes, "the recording is longer than this NetLab opens at once ("
                                        + limits.maxEvents() + " events, " + mib(limits.maxDataBytes()) + " of data): opened its first "
                                        + events.size() + " events");
                            } else {
                                data += e.data().size();
                                events.add(e);
                            }
                        }
                        case "gap" -> {
                            long count = JsonLine.number(m, "count");
                            long t = JsonLine.optNumber(m, "t", events.isEmpty() ? 0 : events.get(events.size() - 1).nanos());
                            long first = JsonLine.optNumber(m, "firstSeq", 1);
                            if (count < 1 || t < 0 || first < 1) {
                                throw new IllegalArgumentException("count, t and firstSeq must be positive");
                            }
                            missed += count;
                            events.add(new LabEvent(first, t, EventStream.LAB_ORIGIN, EventKind.ELIDED, "netlab",
                                    netlab.engine.event.LabSentences.NOT_RECORDED.say(count), null, -1, count, null));
                        }
                        case "end" -> {
                            ended = true;
                            counted = JsonLine.optNumber(m, "counted", 0);
                        }
                        case "header" -> throw new IllegalArgumentException("a second header");
                        default -> throw new IllegalArgumentException("type: unknown type '" + type + "'");
                    }
                } catch (IllegalArgumentException e) {
                    bad++;
                    suppressed += note(notes, "line " + n + " was left out: " + e.getMessage());
                    if (bad > limits.maxBadLines()) {
                        throw new RecordingException(source + ": more than " + limits.maxBadLines()
                                + " lines are not what a recording holds: badly damaged (" + notes.get(0) + ")");
                    }
                }
            }
            if (full) {
                break;
            }
        }
        if (!ended && !truncated && !full) {
            suppressed += note(notes, "the recording has no end line: it was not stopped properly (the program ended while recording?)");
        }
        if (missed > 0) {
            suppressed += note(notes, missed + " events are missing: the recording fell behind the lab");
        }
        if (counted > 0) {
            suppressed += note(notes, counted + " reads, writes and other detail events were counted, not recorded (the lab "
                    + "ran quiet, as for a load run): their bytes are not in this file");
        }
        if (suppressed > 0) {
            notes.add("… and " + suppressed + " more");
        }
        boolean complete = ended && !truncated && !full && missed == 0 && counted == 0 && bad == 0;
        return new Recording(source, header, events, complete, missed, notes);
    }

    /** Adds a note, or counts it when there are many: returns 1 when it was only counted. */
    private static int note(List<String> notes, String note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
            return 0;
        }
        return 1;
    }

    private static RecordingHeader header(String source, LineReader lines) throws RecordingException {
        Map<String, Object> m;
        try {
            m = JsonLine.parse(lines.bytes(), lines.length());
        } catch (IllegalArgumentException e) {
            throw new RecordingException(source + ": not a NetLab recording (its first line is " + e.getMessage() + ")");
        }
        Object format = m.get("format");
        if (!RecordingFormat.FORMAT.equals(format) || !"header".equals(m.get("type"))) {
            throw new RecordingException(source + ": not a NetLab recording (its first line has no "
                    + "\"format\": \"" + RecordingFormat.FORMAT + "\" header)");
        }
        Object version = m.get("version");
        if (!(version instanceof Long v)) {
            throw new RecordingException(source + ": the header's version is " + (version == null ? "missing" : "not a number")
                    + "; this NetLab reads recordings of version " + RecordingFormat.VERSION);
        }
        if (v != RecordingFormat.VERSION) {
            throw new RecordingException(source + ": this recording is format version " + v
                    + (v > RecordingFormat.VERSION ? ", made by a newer NetLab" : ", which no NetLab wrote")
                    + "; this NetLab reads version " + RecordingFormat.VERSION + (v > RecordingFormat.VERSION ? ": update NetLab to open it" : ""));
        }
        try {
            return new RecordingHeader(v.intValue(),
                    JsonLine.string(m, "netlab", 200),
                    instant(m, "labStarted"),
                    instant(m, "recordingStarted"),
                    JsonLine.optString(m, "machine", 1_000),
                    JsonLine.optString(m, "command", 10_000));
        } catch (IllegalArgumentException e) {
            throw new RecordingException(source + ": the header is damaged: " + e.getMessage());
        }
    }

    private static Instant instant(Map<String, Object> m, String field) {
        String s = JsonLine.string(m, field, 64);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not an ISO-8601 instant: " + s);
        }
    }

    /** {@code 812 bytes}, {@code 12.3 MiB}, {@code 4.0 GiB}. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /**
     * Lines of a stream, at most {@code max} bytes each: a longer one is skipped to its end (not
     * read into memory) and reported by {@link #tooLong()}.
     */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private byte[] buf = new byte[8192];
        private int length;
        private long number;
        private boolean newline;
        private boolean tooLong;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** Reads the next line; false at the end of the stream. */
        boolean next() throws IOException {
            length = 0;
            tooLong = false;
            newline = false;
            int b = in.read();
            if (b < 0) {
                return false;
            }
            number++;
            while (b >= 0) {
                if (b == '\n') {
                    newline = true;
                    break;
                }
                if (!tooLong) {
                    if (length == max) {
                        tooLong = true;
                        length = 0;
                    } else {
                        if (length == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, (long) buf.length * 2));
                        }
                        buf[length++] = (byte) b;
                    }
                }
                b = in.read();
            }
            if (length > 0 && buf[length - 1] == '\r') {
                length--;
            }
            if (buf.length > (1 << 20) && length < (1 << 16)) {
                buf = new byte[8192]; // let go of the room one big line took
            }
            return true;
        }

        byte[] bytes() {
            return buf;
        }

        int length() {
            return length;
        }

        long number() {
            return number;
        }

        boolean endedWithNewline() {
            return newline;
        }

        boolean tooLong() {
            return tooLong;
        }
    }
}
