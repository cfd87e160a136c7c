package netlab.ui.panes;

import netlab.engine.event.EventKind;

/**
 * Which of a pane's lines a filter keeps by what they are: the bytes received, the bytes sent, both,
 * or everything else (callbacks, states, logged lines, errors, the pane's own notes).
 */
public enum LineDirection {
    ALL("pane.filter.all"),
    IN("pane.filter.in"),
    OUT("pane.filter.out"),
    DATA("pane.filter.data"),
    EVENTS("pane.filter.events");

    private final String messageKey;

    LineDirection(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean accepts(PaneLine line) {
        return switch (this) {
            case ALL -> true;
            case IN -> isIn(line);
            case OUT -> isOut(line);
            case DATA -> isIn(line) || isOut(line);
            case EVENTS -> !isIn(line) && !isOut(line);
        };
    }

    private static boolean isIn(PaneLine line) {
        if (line.source() == null) {
            return false;
        }
        EventKind k = line.source().kind();
        return k == EventKind.DATA_RECEIVED || k == EventKind.DATAGRAM_RECEIVED || k == EventKind.PIPE_DATA_RECEIVED;
    }

    private static boolean isOut(PaneLine line) {
        if (line.source() == null) {
            return false;
        }
        EventKind k = line.source().kind();
        return k == EventKind.DATA_SENT || k == EventKind.DATAGRAM_SENT || k == EventKind.PIPE_DATA_SENT;
    }
}
