package netlab.ui.panes;

import java.util.EnumSet;
import java.util.Set;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;

/**
 * A program's child process has no origin of its own (its events carry the program's), so its
 * events are told apart by kind: the process starting, its stdin written, its stdout and stderr
 * read, its pipes closing and its exit go to the child's pane; everything else the program does
 * stays in the parent's console.
 */
final class ChildPanes {
    private static final String SUFFIX = "/child";
    /** The end of a child's pane title (the program's name before it), in English as the model keeps it. */
    private static final String TITLE_SUFFIX = " ⇄ child";
    private static final Set<EventKind> CHILDS = EnumSet.of(EventKind.PROCESS_STARTED, EventKind.PIPE_DATA_SENT,
            EventKind.PIPE_DATA_RECEIVED, EventKind.PIPE_CONNECTION_LOST, EventKind.PROCESS_EXITED);

    private ChildPanes() {
    }

    /** Whether {@code e} is the child's: a pipe or process event of a program (not of a socket endpoint). */
    static boolean isChilds(LabEvent e) {
        Role role = e.origin().role();
        return CHILDS.contains(e.kind()) && (role == Role.LAB || role == Role.EXPERIMENT);
    }

    /** The key of the child's pane of the program {@code origin} is. */
    static String keyOf(Origin origin) {
        return origin.endpoint() + SUFFIX;
    }

    /** The origin the child's pane is made from: the program's, marked as its child's. */
    static Origin originOf(Origin program) {
        return new Origin(program.endpoint(), program.role(), null, program.label() + TITLE_SUFFIX, null, null);
    }

    /** The pane's title in the window's language: a child's says "child" from the bundle, any other is as it is. */
    static String titleOf(PaneModel pane, netlab.ui.i18n.I18n i18n) {
        String title = pane.titleProperty().get();
        if (!pane.key().endsWith(SUFFIX) || title == null || !title.endsWith(TITLE_SUFFIX)) {
            return title;
        }
        return i18n.get("pane.childTitle", title.substring(0, title.length() - TITLE_SUFFIX.length()));
    }
}
