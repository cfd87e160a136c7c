package netlab.ui.reader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.views.LabModel;

/**
 * Every connection's StreamReader as the events tell it, from the lab's first event on, so that
 * the reader view and the inspector can show any connection's buffer whenever they are opened.
 *
 * <p>Bounded: at most {@link #MAX_TRACES} connections (the oldest finished ones go first), each
 * with at most {@link ReaderTrace#MAX_STEPS} steps and {@link ByteWindow#MAX_STORED} buffered bytes.
 * FX thread only; published once per frame by {@link #commit()}.
 */
public final class ReaderLog implements LabModel, netlab.ui.views.Rebuildable {
    static final int MAX_TRACES = 48;
    /** Connections let go of that are remembered as such (the oldest memories go first). */
    static final int MAX_LET_GO_REMEMBERED = 100_000;

    private final int maxTraces;
    private final LinkedHashMap<String, ReaderTrace> traces = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private long forgotten;
    /**
     * Connections let go of to stay bounded. Their later reads do not bring them back: with more
     * connections reading than traces kept (50 in turn, say), every read would make a trace and
     * drop another, and the view would show buffers that began mid-stream.
     */
    private final java.util.Set<String> letGo = new java.util.LinkedHashSet<>();
    private boolean dirty;

    public ReaderLog() {
        this(MAX_TRACES);
    }

    ReaderLog(int maxTraces) {
        this.maxTraces = maxTraces;
    }

    @Override
    public void accept(LabEvent e) {
        if (!e.origin().isConnection() || !concernsReader(e.kind())) {
            return;
        }
        String key = e.origin().connection();
        ReaderTrace trace = traces.get(key);
        if (trace == null) {
            if (e.kind() == EventKind.EOF_RECEIVED || e.kind() == EventKind.CONNECTION_LOST || letGo.contains(key)) {
                return; // nothing was received on it: no buffer to speak of
            }
            trace = new ReaderTrace(key, e.origin());
            traces.put(key, trace);
            if (traces.size() > maxTraces) {
                forgetOne();
            }
        }
        if (trace.accept(e)) {
            dirty = true;
        }
    }

    private static boolean concernsReader(EventKind kind) {
        return kind == EventKind.DATA_RECEIVED || kind.isStreamRead() || kind == EventKind.STREAM_READ_WAITING
                || kind == EventKind.STREAM_READ_FAILED || kind == EventKind.EOF_RECEIVED || kind == EventKind.CONNECTION_LOST;
    }

    /** The oldest connection that is over goes; when none is, the oldest. */
    private void forgetOne() {
        Iterator<ReaderTrace> it = traces.values().iterator();
        while (it.hasNext()) {
            ReaderTrace t = it.next();
            if (t.isLost()) {
                it.remove();
                forgotten++;
                return; // it is over: it has nothing more to say, no need to remember it
            }
        }
        it = traces.values().iterator();
        letGo(it.next().key());
        it.remove();
        forgotten++;
    }

    private void letGo(String connection) {
        letGo.add(connection);
        if (letGo.size() > MAX_LET_GO_REMEMBERED) {
            Iterator<String> oldest = letGo.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Forgets every connection's reader (the Clear button, a step back). */
    public void clear() {
        reset();
    }

    @Override
    public void reset() {
        traces.clear();
        letGo.clear();
        forgotten = 0;
        dirty = true;
    }

    @Override
    public void commit() {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    /** The connection's trace, or null when it has none (no bytes came in yet, or it was forgotten). */
    public ReaderTrace trace(String connection) {
        return traces.get(connection);
    }

    /** Connections that read through a StreamReader, oldest first. */
    public List<ReaderTrace> readers() {
        List<ReaderTrace> out = new ArrayList<>();
        for (ReaderTrace t : traces.values()) {
            if (t.usesReader()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The newest connection of {@code endpoint} that reads through a StreamReader (else the newest at all); null if none. */
    public ReaderTrace newestOf(String endpoint) {
        ReaderTrace any = null;
        List<ReaderTrace> all = new ArrayList<>(traces.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            ReaderTrace t = all.get(i);
            if (endpoint == null || t.origin().endpoint().equals(endpoint)) {
                if (t.usesReader()) {
                    return t;
                }
                if (any == null) {
                    any = t;
                }
            }
        }
        return any;
    }

    /** Connections let go of to stay bounded. */
    public long forgotten() {
        return forgotten;
    }

    public int size() {
        return traces.size();
    }

    /** Changes once per frame in which some trace changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** For the views' own bookkeeping. */
    Map<String, ReaderTrace> byKey() {
        return traces;
    }
}
