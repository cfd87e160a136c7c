package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.on;
import static netlab.app.gui.SceneGraph.settle;
import static netlab.app.gui.SceneGraph.shown;
import static netlab.app.gui.SceneGraph.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import netlab.app.preset.PresetLibrary;
import netlab.ui.LabWindow;
import netlab.ui.lab.LabView;
import netlab.ui.lab.ViewCatalog;
import netlab.ui.theme.Theme;
import netlab.ui.views.CenterView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a classroom projector (1024×768) and at its default size (1360×860), in English
 * and Chinese, light and dark: every main view, every side panel and every form of New, and the
 * banner of a preset of each kind, with no control whose text is cut to "…" and the views given
 * room. A {@link Labeled} shows its text in a child {@link Text} (the skin's LabeledText), which
 * holds the clipped string ("Pres…") when the text does not fit: that is what is compared.
 */
@ExtendWith(ApplicationExtension.class)
class FitWindowTest {
    private static final List<String> PRESETS = List.of("stream-echo", "stream-echo-relay", "gather-factorial",
            "subprocess-stream", "udp-echo", "signals", "http-head");

    private final PresetLibrary library = PresetLibrary.loadBundled();
    private AppWindow app;
    private LabWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppWindow.open(stage, library, Locale.ENGLISH, 1024, 768);
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void nothingIsCutAt1024x768NorAtTheDefaultSize() {
        List<String> cut = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 768}, {1360, 860}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme theme : Theme.values()) {
                    on(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        window.model().i18n().localeProperty().set(locale);
                        window.model().themeProperty().set(theme);
                        return null;
                    });
                    String where = (int) size[0] + "x" + (int) size[1] + " " + locale + " " + theme;
                    cut.addAll(everyViewAndPanel(where));
                }
            }
        }
        assertThat(cut).as("controls whose text is cut short").isEmpty();
    }

    @Test
    void theViewsHaveRoomAt1024x768() {
        for (String id : PRESETS) {
            open(id);
            double h = on(() -> window.root().lookup("#center-content").getLayoutBounds().getHeight());
            assertThat(h).as(id + ": the height left to the views").isGreaterThan(250);
            double titleLines = on(() -> window.root().lookup("#preset-title").getLayoutBounds().getHeight()
                    / ((Labeled) window.root().lookup("#preset-title")).getFont().getSize());
            assertThat(titleLines).as(id + ": the title takes a line or two, not a column").isLessThan(5);
        }
    }

    @Test
    void theSideBarCollapsesByItsButtonAndComesBackByCtrlB(org.testfx.api.FxRobot robot) {
        double wide = on(() -> window.root().lookup("#center-content").getLayoutBounds().getWidth());
        on(() -> {
            ((javafx.scene.control.ButtonBase) window.root().lookup("#sidebar-toggle")).fire();
            return null;
        });
        settle();
        assertThat(on(() -> window.root().lookup("#sidebar") == null)).as("the side bar is out").isTrue();
        assertThat(on(() -> window.root().lookup("#center-content").getLayoutBounds().getWidth())).isGreaterThan(wide + 200);
        robot.clickOn("#center-content");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.B);
        settle();
        assertThat(on(() -> window.root().lookup("#sidebar") != null && window.root().lookup("#sidebar").isVisible())).isTrue();
        assertThat(on(() -> window.root().lookup("#center-content").getLayoutBounds().getWidth())).isLessThan(wide + 1);
    }

    private List<String> everyViewAndPanel(String where) {
        List<String> cut = new ArrayList<>();
        LabView view = window.view();
        for (String id : PRESETS) {
            open(id);
            cut.addAll(cutLabels(where + " preset " + id));
        }
        for (CenterView center : ViewCatalog.standard().centerViews()) {
            on(() -> {
                view.showView(center.id());
                return null;
            });
            settle();
            cut.addAll(cutLabels(where + " view " + center.id()));
            if (center.id().equals("class")) {
                cut.addAll(questionEditor(where));
            }
        }
        for (LabView.Side side : LabView.Side.values()) {
            on(() -> {
                view.showSide(side);
                return null;
            });
            settle();
            cut.addAll(cutLabels(where + " side " + side));
            if (side == LabView.Side.NEW) {
                cut.addAll(clippedForms(where + " side " + side));
                cut.addAll(rulesEditor(where));
                cut.addAll(udpSection(where));
                cut.addAll(serverFormProblems(where));
            }
        }
        on(() -> {
            view.showSide(LabView.Side.LIBRARY);
            view.showView("panes");
            return null;
        });
        return cut;
    }

    /** The Class tab's question editor, with the form of a new question open, then closed again. */
    private List<String> questionEditor(String where) {
        fire("#class-edit");
        fire("#question-add");
        assertThat(on(() -> window.root().lookup("#question-editing").isVisible())).as(where + ": the editor's form is open").isTrue();
        List<String> cut = cutLabels(where + " question editor");
        fire("#question-close");
        return cut;
    }

    /** The server form's rules editor, opened with a rule written in, then folded again. */
    private List<String> rulesEditor(String where) {
        on(() -> {
            ((javafx.scene.control.TitledPane) window.root().lookup("#server-rules-section")).setExpanded(true);
            window.model().server().rulesEditor().patternProperty().set("^PING (\\d+)$");
            window.model().server().rulesEditor().replyProperty().set("PONG {{1}}\\n");
            window.model().server().rulesEditor().add();
            return null;
        });
        settle();
        assertThat(on(() -> window.root().lookup("#rules-list").isVisible())).as(where + ": the rules editor is open").isTrue();
        List<String> cut = cutLabels(where + " rules editor");
        on(() -> {
            window.model().server().clearRules();
            ((javafx.scene.control.TitledPane) window.root().lookup("#server-rules-section")).setExpanded(false);
            return null;
        });
        settle();
        return cut;
    }

    /**
     * The forms in the side bar's scroll pane are fitted to its width, and a form that needs more
     * than that is cut at the right edge (a field's border, a button), with no scroll bar to reach it.
     */
    private List<String> clippedForms(String where) {
        return on(() -> {
            List<String> out = new ArrayList<>();
            Node panel = window.root().lookup("#new-panel");
            Node sidebar = window.root().lookup("#sidebar");
            assertThat(shown(panel)).as(where + ": the new-endpoint forms are shown").isTrue();
            if (panel instanceof javafx.scene.control.ScrollPane scroll) {
                // the scroll pane is as wide as its forms need, even past the side bar's edge
                double right = scroll.localToScene(scroll.getLayoutBounds()).getMaxX();
                double edge = sidebar.localToScene(sidebar.getLayoutBounds()).getMaxX();
                double needs = ((javafx.scene.layout.Region) scroll.getContent()).minWidth(-1);
                if (right > edge + 0.5) {
                    out.add(where + ": the forms (at least " + Math.round(needs) + " px wide) run " + Math.round(right - edge)
                            + " px past the side bar's edge");
                }
            }
            return out;
        });
    }

    /** The server form with a refused value in each of its narrow fields: each says why under it, whole. */
    private List<String> serverFormProblems(String where) {
        String[] before = on(() -> new String[] {window.model().server().portProperty().get(), window.model().server().readSizeProperty().get()});
        on(() -> {
            window.model().server().portProperty().set("70000");
            window.model().server().readSizeProperty().set("0");
            return null;
        });
        settle();
        assertThat(on(() -> window.root().lookup("#server-port-problem").isVisible())).as(where + ": the port's problem is shown").isTrue();
        List<String> cut = cutLabels(where + " server form with refused values");
        on(() -> {
            window.model().server().portProperty().set(before[0]);
            window.model().server().readSizeProperty().set(before[1]);
            return null;
        });
        settle();
        return cut;
    }

    /** The server form's UDP section (the group, the interface, SO_REUSEADDR / SO_REUSEPORT), opened with UDP on, then folded again. */
    private List<String> udpSection(String where) {
        on(() -> {
            ((javafx.scene.control.TitledPane) window.root().lookup("#server-udp-section")).setExpanded(true);
            window.model().server().udp().udpProperty().set(true);
            return null;
        });
        settle();
        assertThat(on(() -> window.root().lookup("#server-reuse-port").isVisible())).as(where + ": the UDP section is open").isTrue();
        List<String> cut = cutLabels(where + " UDP section");
        on(() -> {
            window.model().server().udp().udpProperty().set(false);
            ((javafx.scene.control.TitledPane) window.root().lookup("#server-udp-section")).setExpanded(false);
            return null;
        });
        settle();
        return cut;
    }

    private void fire(String id) {
        on(() -> {
            ((javafx.scene.control.ButtonBase) window.root().lookup(id)).fire();
            return null;
        });
        settle();
    }

    private void open(String id) {
        on(() -> {
            window.model().presets().open(library.find(id).orElseThrow());
            return null;
        });
        settle();
    }

    /** Every shown Labeled whose text is shown cut, as "where: #id 'shown' of 'full'". */
    private List<String> cutLabels(String where) {
        return on(() -> {
            List<String> out = new ArrayList<>();
            walk(window.root(), n -> {
                if (n instanceof Labeled l && shown(l) && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                    String full = l.getText();
                    // the label's own text, not its graphic (an icon font's glyph is a Text too, and came first)
                    Text text = (Text) l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c != l.getGraphic()).findFirst().orElse(null);
                    if (full != null && !full.isEmpty() && text != null) {
                        String s = text.getText();
                        if (!s.equals(full) && (s.endsWith(l.getEllipsisString()) || s.isEmpty()) && !full.endsWith(s)) {
                            out.add(where + ": " + describe(l) + " shows '" + s + "' of '" + full + "'");
                        }
                    }
                }
            });
            return out;
        });
    }

    private static String describe(Labeled l) {
        StringBuilder path = new StringBuilder(l.getClass().getSimpleName());
        for (Node n = l; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        return path.toString();
    }
}
