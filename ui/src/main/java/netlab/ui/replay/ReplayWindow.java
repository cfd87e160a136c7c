package netlab.ui.replay;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import netlab.engine.event.LabEvent;
import netlab.engine.port.LabFiles;
import netlab.engine.port.RefusingCommands;
import netlab.engine.record.Recording;
import netlab.ui.lab.LabOptions;
import netlab.ui.lab.LabView;
import netlab.ui.lab.LabViewModel;
import netlab.ui.lab.ViewCatalog;
import netlab.ui.pump.EventPump;
import netlab.ui.theme.ThemeApplier;

/**
 * A window that replays a recording: the lab's own views (panes, chunk maps, timeline, bench
 * tree, code) fed from the file instead of a running lab, so nothing needs a network, a lab or a
 * loop. The recording's events reach the views through an event source, as a live lab's do; its
 * commands are refused with the reason. Played at its own pace times a speed, or stepped event by
 * event; going back rebuilds the views from the start up to the new position (the views are
 * bounded, so re-feeding them is quick).
 */
public final class ReplayWindow {
    private final Recording recording;
    private final LabOptions options;
    private final Locale locale;
    private final LabFiles files;
    private final RefusingCommands commands = new RefusingCommands("a replay shows a recording: it starts, sends and records nothing");
    private final ViewCatalog catalog = ViewCatalog.standard();
    private final BorderPane root = new BorderPane();
    private final ReplayPlayer player;
    private final ReplayBar bar;
    private LabViewModel model;
    private LabView view;
    private PlayedEvents played;
    private EventPump pump;
    private AnimationTimer timer;
    private long lastFrame;
    private int rebuilds;

    private ReplayWindow(Recording recording, LabOptions options, Locale locale, LabFiles files) {
        this.recording = recording;
        this.files = files;
        this.options = options.forReplay(locale);
        this.locale = locale;
        this.player = new ReplayPlayer(recording.events(), new ReplayPlayer.Screen() {
            @Override
            public void feed(List<LabEvent> events) {
                ReplayWindow.this.feed(events);
            }

            @Override
            public void reset() {
                rebuild();
            }
        });
        build();
        this.bar = new ReplayBar(recording, player, model.i18n());
        root.setTop(bar.node());
        root.getStyleClass().add("replay");
        root.setId("replay");
        root.getProperties().put(ReplayWindow.class, this);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** Builds a replay window's content without showing it; FX thread only. {@link #start()} begins playing frames. */
    public static ReplayWindow create(Recording recording, LabOptions options, Locale locale, LabFiles files) {
        return new ReplayWindow(recording, options, locale, files);
    }

    /** Shows {@code recording} in {@code stage}, everything shown at once (play it again from the start, or step). */
    public static ReplayWindow show(Stage stage, Recording recording, LabOptions options, Locale locale, LabFiles files) {
        ReplayWindow window = create(recording, options, locale, files);
        javafx.geometry.Rectangle2D bounds = netlab.ui.settings.WindowPlacement.place(null,
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList());
        Scene scene = new Scene(window.root, bounds.getWidth(), bounds.getHeight());
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.titleProperty().bind(window.model.i18n().text("replay.windowTitle", recording.source()));
        stage.setMinWidth(Math.min(netlab.ui.settings.WindowPlacement.MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(netlab.ui.settings.WindowPlacement.MIN_HEIGHT, bounds.getHeight()));
        stage.setOnHidden(e -> window.close());
        window.start();
        stage.show();
        return window;
    }

    private void build() {
        String shownView = view == null ? "panes" : view.currentView();
        model = new LabViewModel(commands, files, options, catalog, Platform::runLater);
        model.setPcapSource(recording.events(), recording.header().labStarted());
        model.setReplayOpener(r -> show(new Stage(), r, options, model.i18n().localeProperty().get(), files));
        played = new PlayedEvents();
        pump = new EventPump(played, EventPump.MAX_PER_FRAME, model::accept);
        view = new LabView(model, catalog);
        // the replay bar above the lab wears the lab's theme too
        ThemeApplier themes = new ThemeApplier(root);
        themes.apply(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> themes.apply(now));
        view.showSide(LabView.Side.BENCH);
        view.showView(shownView);
        root.setCenter(view.node());
    }

    private void rebuild() {
        rebuilds++;
        pump.stop();
        view.dispose(); // its text areas would otherwise stay subscribed to RichTextFX's static streams, and keep it
        model.dispose();
        build();
    }

    /** Shows {@code events} now: the views take them as a live window takes its lab's, a frame's worth at a time. */
    private void feed(List<LabEvent> events) {
        played.play(events);
        while (played.backlog() > 0) {
            pump.pumpOnce();
        }
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> player.togglePlay();
            case LEFT -> player.stepBack();
            case RIGHT -> player.stepForward();
            case HOME -> player.seek(0);
            case END -> player.seek(player.size());
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Starts driving the replay once a frame; the whole recording is shown first. */
    public void start() {
        player.seek(player.size());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long frame = lastFrame == 0 ? 0 : now - lastFrame;
                lastFrame = now;
                frame(frame);
            }
        };
        timer.start();
    }

    /** One frame of {@code wallNanos}: plays on, and lets the views draw. For tests that drive frames themselves. */
    public void frame(long wallNanos) {
        player.advance(Math.min(wallNanos, Duration.ofMillis(250).toNanos()), EventPump.MAX_PER_FRAME);
        pump.pumpOnce();
    }

    public void close() {
        if (timer != null) {
            timer.stop();
        }
        pump.stop();
        view.dispose();
        model.dispose();
    }

    public Parent root() {
        return root;
    }

    public ReplayPlayer player() {
        return player;
    }

    public LabViewModel model() {
        return model;
    }

    public LabView view() {
        return view;
    }

    public Recording recording() {
        return recording;
    }

    /** How often the views were rebuilt (going back); for tests. */
    public int rebuilds() {
        return rebuilds;
    }

    public Locale locale() {
        return locale;
    }
}
