package netlab.ui.panes;

import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.i18n.I18n;

/**
 * Shows one made-up conversation, off screen, in the window's first idle frames, then lets it go.
 *
 * <p>The first connection a fresh window shows costs about a thousand classes (RichTextFX, its
 * reactive collections, the panes' own) and their first, interpreted runs: under a flood that was
 * one frame of 200–280 ms and a second of slow frames in which a tenth of the events were elided.
 * Done here, while nobody watches, the cost is paid before the first real connection. Nothing of it
 * reaches the window: the panes are built on a model of their own, in a scene of their own that is
 * never shown, and are drawn once into an image that is dropped. FX thread only.
 */
public final class PanesWarmUp {
    /** Frames the made-up conversation is fed for: enough for each path to run a few times. */
    static final int FRAMES = 12;
    private static final Origin CLIENT = new Origin("warm-up-client", Role.CLIENT, "warm-up-client/1",
            "warm-up", "127.0.0.1:1", "127.0.0.1:2");
    private static final Origin SERVER = new Origin("warm-up-server", Role.SERVER, "warm-up-server/1",
            "echo_127.0.0.1_1", "127.0.0.1:2", "127.0.0.1:1");
    private static final Bytes MESSAGE = Bytes.utf8("This is the message. It will be sent in parts.");

    private final PanesModel model;
    private final PanesView view;
    private final Scene scene;
    private int frame;
    private long seq = 1;
    private long offset;

    private PanesWarmUp(Parent styledLike, Locale locale) {
        // an I18n of its own: the views listen to it, and the window's would keep them alive
        I18n i18n = new I18n(locale);
        model = new PanesModel(new LineFormatter(i18n), 2, 200);
        view = new PanesView(model, i18n, PaneActions.NONE);
        StackPane root = new StackPane(view.node());
        // the window's stylesheets and classes, so that the same rules are matched and loaded
        root.getStylesheets().setAll(styledLike.getStylesheets());
        root.getStyleClass().setAll(styledLike.getStyleClass());
        root.setStyle(styledLike.getStyle());
        scene = new Scene(root, 900, 500);
    }

    /**
     * Runs the warm-up over the next {@link #FRAMES} frames, styled like {@code windowRoot} and in
     * its {@code locale} (the glyphs of its language are drawn once too); calls
     * {@code done} after the last (or at once if it fails: a warm-up is never worth an error).
     */
    public static void start(Parent windowRoot, Locale locale, Runnable done) {
        PanesWarmUp warmUp;
        try {
            warmUp = new PanesWarmUp(windowRoot, locale);
        } catch (RuntimeException e) {
            done.run();
            return;
        }
        run(warmUp, done);
    }

    /** Feeds {@code warmUp} one step a frame until its last, then lets it go and calls {@code done}. */
    static void run(PanesWarmUp warmUp, Runnable done) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean more;
                try {
                    more = warmUp.step();
                } catch (RuntimeException e) {
                    more = false;
                }
                if (!more) {
                    stop();
                    warmUp.view.dispose();
                    done.run();
                }
            }
        }.start();
    }

    /** One frame's worth: events in, a commit, CSS, layout and a drawing; false after the last. */
    boolean step() {
        if (frame == 0) {
            accept(CLIENT, EventKind.CONNECTION_MADE, null, null);
            accept(SERVER, EventKind.CONNECTION_MADE, null, null);
        }
        for (int i = 0; i < 8; i++) {
            accept(CLIENT, EventKind.DATA_SENT, null, MESSAGE);
            accept(SERVER, EventKind.DATA_RECEIVED, null, MESSAGE);
            accept(SERVER, EventKind.LOG, "received " + MESSAGE.repr(), null);
            accept(CLIENT, EventKind.DATA_RECEIVED, null, MESSAGE);
            offset += MESSAGE.size();
        }
        if (frame == FRAMES - 1) {
            accept(CLIENT, EventKind.CONNECTION_LOST, null, null);
            accept(SERVER, EventKind.CONNECTION_LOST, null, null);
        }
        model.commit();
        view.settings().syncBudget().flush();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().snapshot(null, null);
        return ++frame < FRAMES;
    }

    private void accept(Origin origin, EventKind kind, String text, Bytes data) {
        model.accept(new LabEvent(seq++, System.nanoTime(), origin, kind, kind == EventKind.LOG ? origin.label() : null,
                text, data, data == null ? -1 : offset, data == null ? 0 : data.size(), null));
    }

    /** A warm-up that {@link #run} would feed (for a test, which looks at what it built). */
    static PanesWarmUp create(Parent windowRoot, Locale locale) {
        return new PanesWarmUp(windowRoot, locale);
    }

    PanesModel model() {
        return model;
    }

    PanesView view() {
        return view;
    }
}
