package netlab.ui.panes;

import netlab.engine.lab.TransportKind;
import netlab.engine.preset.Preset;

/**
 * How the panes are laid out for the kind of lesson open: each kind shows what its seed is about
 * under headings that say so. A bench built by hand (no preset open) keeps the free layout.
 */
public enum LessonLayout {
    /** A client and a server: the client's pane beside the server connection's, a row per connection. */
    CONVERSATION("panes.clientSide", "panes.serverSide", null),
    /** Through a relay: client | relay | server, a row per relayed connection, the relay's two legs in the middle. */
    RELAYED("panes.relayed.client", "panes.relayed.relay", "panes.relayed.server", "panes.relayed.columns"),
    /** Datagram endpoints: what each side sent and received, by peer address, counted as datagrams. */
    DATAGRAMS("panes.datagrams.left", "panes.datagrams.right", "panes.datagrams.about"),
    /** A program on the loop (tasks, timers, signals, a fetch): one console across the width. */
    LOOP("panes.loop.title", null, "panes.loop.about"),
    /** A program and the child it runs: the parent's console on the left, the child's stdin, stdout, stderr and exit on the right. */
    SUBPROCESS("panes.subprocess.parent", "panes.subprocess.child", "panes.subprocess.columns"),
    /** Built by hand: client side and server side, as anything may run. */
    FREE("panes.clientSide", "panes.serverSide", null);

    private final String leftKey;
    private final String middleKey;
    private final String rightKey;
    private final String aboutKey;

    LessonLayout(String leftKey, String rightKey, String aboutKey) {
        this(leftKey, null, rightKey, aboutKey);
    }

    LessonLayout(String leftKey, String middleKey, String rightKey, String aboutKey) {
        this.leftKey = leftKey;
        this.middleKey = middleKey;
        this.rightKey = rightKey;
        this.aboutKey = aboutKey;
    }

    /** The layout of {@code preset}; {@link #FREE} when none is open. */
    public static LessonLayout of(Preset preset) {
        if (preset == null) {
            return FREE;
        }
        if (!preset.relays().isEmpty()) {
            return RELAYED;
        }
        boolean udp = preset.servers().stream().anyMatch(s -> s.spec().transport() == TransportKind.UDP)
                || preset.clients().stream().anyMatch(c -> c.spec().transport() == TransportKind.UDP);
        if (udp) {
            return DATAGRAMS;
        }
        if (preset.servers().isEmpty() && preset.clients().isEmpty()) {
            return preset.experiments().stream().anyMatch(e -> e.id().startsWith("subprocess")) ? SUBPROCESS : LOOP;
        }
        return CONVERSATION;
    }

    /** The heading over the left column, or over the whole width when {@link #rightKey()} is null. */
    public String leftKey() {
        return leftKey;
    }

    /** The heading over the middle column (a relay's); null when there are two columns or one. */
    public String middleKey() {
        return middleKey;
    }

    /** How many columns the rows are laid in: 1 (a console), 2 (client side | server side), 3 (client | relay | server). */
    public int columns() {
        return rightKey == null ? 1 : middleKey == null ? 2 : 3;
    }

    /** The heading over the right column; null when one console takes the width. */
    public String rightKey() {
        return rightKey;
    }

    /** A line under the headings saying how to read the rows; null when the headings say it. */
    public String aboutKey() {
        return aboutKey;
    }

    public boolean twoColumns() {
        return rightKey != null;
    }
}
