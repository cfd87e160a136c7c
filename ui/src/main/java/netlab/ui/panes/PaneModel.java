package netlab.ui.panes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.ui.events.EndpointStates;

/**
 * One log pane: the lines of one connection (or endpoint), at most {@code capacity} of them, and
 * what its header shows. Events are applied one by one but published once per batch by
 * {@link #commit()}, so that a flood costs one relayout per frame, not one per event.
 *
 * <p>Lines are numbered from 0 in the order they were added; the pane keeps the numbers
 * {@link #firstIndex()} to {@link #endIndex()}, the older ones are counted in
 * {@link #elidedLines()}. A view keeps its own copy and catches up from these numbers.
 */
public final class PaneModel {
    private final String key;
    private final PaneKind kind;
    private final String endpointId;
    private final netlab.engine.event.Role role;
    private final int capacity;
    private final LineFormatter formatter;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper local = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper remote = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PaneState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper reads = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper writes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper elided = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    /**
     * The lines kept, as they arrived. A line is formatted the first time it is read (drawn,
     * filtered, copied) and kept formatted from then on: under a flood most panes are out of sight
     * and most of a pane's lines are pushed out before anyone reads them, so formatting every line
     * as it came was most of what taking an event cost.
     */
    private final ArrayDeque<Entry> lines = new ArrayDeque<>();
    private final ChunkLog sent = new ChunkLog();
    private final ChunkLog received = new ChunkLog();
    private final PaneFilter filter = new PaneFilter(this);
    private long firstIndex;
    private long formatted;
    private PaneState pendingState;
    private long pendingIn;
    private long pendingOut;
    private long pendingReads;
    private long pendingWrites;
    private long pendingElided;
    private boolean dirty;

    PaneModel(String key, PaneKind kind, Origin origin, int capacity, LineFormatter formatter) {
        this.key = key;
        this.kind = kind;
        this.endpointId = origin.endpoint();
        this.role = origin.role();
        this.capacity = capacity;
        this.formatter = formatter;
        this.pendingState = switch (kind) {
            case SERVER_MAIN -> PaneState.STARTING;
            case CLIENT -> PaneState.CONNECTING;
            case SERVER_CONNECTION -> PaneState.OPEN;
            case LAB -> PaneState.OPEN;
        };
        title.set(switch (kind) {
            case SERVER_MAIN -> "main · " + origin.endpoint();
            case CLIENT -> origin.label() + " · " + origin.endpoint();
            case SERVER_CONNECTION, LAB -> origin.label();
        });
        state.set(pendingState);
        learnAddresses(origin);
    }

    /** Adds the event's line and updates the header figures; shown at the next {@link #commit()}. */
    void apply(LabEvent e) {
        learnAddresses(e.origin());
        long chunkNumber = 0;
        switch (e.kind()) {
            case DATA_RECEIVED -> {
                pendingIn += e.data().size();
                chunkNumber = ++pendingReads;
                received.add(e.offset(), e.data().size(), e.seq(), e.nanos());
            }
            case DATA_SENT -> {
                pendingOut += e.data().size();
                chunkNumber = ++pendingWrites;
                sent.add(e.offset(), e.data().size(), e.seq(), e.nanos());
            }
            // a datagram socket reads and writes whole datagrams: each counts as one read or write
            case DATAGRAM_RECEIVED -> {
                pendingIn += e.data().size();
                ++pendingReads;
            }
            case DATAGRAM_SENT -> {
                pendingOut += e.data().size();
                ++pendingWrites;
            }
            default -> {
            }
        }
        pendingState = PaneStates.next(kind, pendingState, e.kind(), EndpointStates.of(e));
        if (LineFormatter.showsLine(e)) {
            // cut to the bytes a line keeps now: a read can be megabytes, and the pane keeps thousands of lines
            add(new Entry(LineFormatter.kept(e), chunkNumber));
        }
        dirty = true;
    }

    /** One line kept: its event and which chunk it is; formatted on first read. */
    private static final class Entry {
        final LabEvent event;
        final long chunkNumber;
        PaneLine line;

        Entry(LabEvent event, long chunkNumber) {
            this.event = event;
            this.chunkNumber = chunkNumber;
        }
    }

    /** The entry's line, formatted now if it never was. */
    private PaneLine lineOf(Entry entry) {
        if (entry.line == null) {
            entry.line = formatter.format(entry.event, entry.chunkNumber);
            formatted++;
        }
        return entry.line;
    }

    /** Lines formatted so far: what taking events for a pane no one looks at should not cost (tests). */
    long formattedLines() {
        return formatted;
    }

    private void add(Entry line) {
        lines.addLast(line);
        if (lines.size() > capacity) {
            lines.removeFirst();
            firstIndex++;
            pendingElided++;
        }
    }

    private String connection;

    /** The connection this pane shows (a client's, once it connected); null for an endpoint's own pane. */
    public String connection() {
        return connection;
    }

    private void learnAddresses(Origin origin) {
        if (origin.connection() != null && connection == null) {
            connection = origin.connection();
        }
        if (origin.local() != null && local.get() == null) {
            local.set(origin.local());
        }
        if (origin.remote() != null && remote.get() == null) {
            remote.set(origin.remote());
        }
    }

    /** Publishes what {@link #apply} gathered since the last commit; one revision per batch. */
    void commit() {
        if (!dirty) {
            return;
        }
        dirty = false;
        state.set(pendingState);
        bytesIn.set(pendingIn);
        bytesOut.set(pendingOut);
        reads.set(pendingReads);
        writes.set(pendingWrites);
        elided.set(pendingElided);
        filter.update();
        revision.set(revision.get() + 1);
    }

    /** Forgets the lines (not the figures); views start over. */
    void clearLines() {
        firstIndex += lines.size();
        lines.clear();
        pendingElided = 0;
        epoch.set(epoch.get() + 1);
        dirty = true;
        commit();
    }

    /** The lines numbered {@code from} (clamped to what is kept) to {@link #endIndex()}. */
    public List<PaneLine> linesFrom(long from) {
        long skip = Math.max(0, from - firstIndex);
        List<PaneLine> out = new ArrayList<>((int) Math.max(0, lines.size() - skip));
        Iterator<Entry> it = lines.iterator();
        for (long i = 0; i < skip && it.hasNext(); i++) {
            it.next();
        }
        it.forEachRemaining(entry -> out.add(lineOf(entry)));
        return out;
    }

    /** The newest {@code count} lines kept (fewer when fewer are kept), oldest first; read from the end. */
    List<PaneLine> lastLines(int count) {
        int n = Math.min(count, lines.size());
        PaneLine[] out = new PaneLine[n];
        Iterator<Entry> back = lines.descendingIterator();
        for (int i = n - 1; i >= 0; i--) {
            out[i] = lineOf(back.next());
        }
        return java.util.Arrays.asList(out);
    }

    /** The line numbered {@code index}; null when it is not kept. */
    public PaneLine line(long index) {
        if (index < firstIndex || index >= endIndex()) {
            return null;
        }
        long skip = index - firstIndex;
        Iterator<Entry> it = skip <= lines.size() / 2 ? lines.iterator() : null;
        if (it == null) {
            Iterator<Entry> back = lines.descendingIterator();
            for (long i = lines.size() - 1; i > skip; i--) {
                back.next();
            }
            return lineOf(back.next());
        }
        for (long i = 0; i < skip; i++) {
            it.next();
        }
        return lineOf(it.next());
    }

    public long firstIndex() {
        return firstIndex;
    }

    public long endIndex() {
        return firstIndex + lines.size();
    }

    public int capacity() {
        return capacity;
    }

    public String key() {
        return key;
    }

    public PaneKind kind() {
        return kind;
    }

    /** Whose pane it is: a client's, a server's, a relay's (either leg), the lab's. */
    public netlab.engine.event.Role role() {
        return role;
    }

    public String endpointId() {
        return endpointId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** This side's address, {@code host:port}; null until known. */
    public ReadOnlyStringProperty localProperty() {
        return local.getReadOnlyProperty();
    }

    /** The peer's address; null until known. */
    public ReadOnlyStringProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PaneState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesInProperty() {
        return bytesIn.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesOutProperty() {
        return bytesOut.getReadOnlyProperty();
    }

    /** Reads delivered (data_received calls). */
    public ReadOnlyLongProperty readsProperty() {
        return reads.getReadOnlyProperty();
    }

    /** Writes made (transport.write calls). */
    public ReadOnlyLongProperty writesProperty() {
        return writes.getReadOnlyProperty();
    }

    /** Lines dropped from the top to keep the pane bounded. */
    public ReadOnlyLongProperty elidedLinesProperty() {
        return elided.getReadOnlyProperty();
    }

    public long elidedLines() {
        return elided.get();
    }

    /** Changes when the lines were cleared: a view must rebuild rather than catch up. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** Changes once per committed batch that touched this pane. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isOver() {
        return state.get().isOver();
    }

    /** The state before the next commit: for routing decisions inside a batch. */
    PaneState currentState() {
        return pendingState;
    }

    /** The writes made on this pane's connection (the last {@link ChunkLog#DEFAULT_CAPACITY}). */
    public ChunkLog sent() {
        return sent;
    }

    /** The reads delivered on this pane's connection. */
    public ChunkLog received() {
        return received;
    }

    /** Which of the lines are shown, by the pane's display filter. */
    public PaneFilter filter() {
        return filter;
    }

    /** The lines kept, oldest first. */
    public List<PaneLine> lines() {
        return List.copyOf(linesFrom(firstIndex));
    }

    /** For tests and exports: the text of the lines kept. */
    public List<String> text() {
        return lines.stream().map(entry -> lineOf(entry).text()).toList();
    }
}
