package netlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import netlab.engine.preset.Preset;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A summary of many lines stays inside its own cell of the library: measured, each cell's title
 * and summary lie within the cell's bounds and no cell reaches into the next, in English and in
 * Chinese, with the side bar as it opens and dragged narrow.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryCellBoundsTest {
    private static final String LONG_EN = "A stream echo server and a client that sends one message as three writes. "
            .repeat(8) + "The end of a long summary.";
    private static final String LONG_ZH = "流式回显服务器与分三次写出消息的客户端，TCP 不保留消息边界，每次运行的分块方式都可能不同。".repeat(8)
            + "长摘要的结尾。";

    private Window w;

    @Start
    void start(Stage stage) {
        Preset echo = TestPresets.streamEcho(1);
        Preset longOne = new Preset("long-summary", "000", TestPresets.both("A preset with a long summary", "摘要很长的预设"),
                TestPresets.both(LONG_EN, LONG_ZH), List.of(), echo.servers(), echo.clients(), List.of());
        w = Window.open(stage, new LabOptions(Locale.ENGLISH,
                List.of(longOne, TestPresets.slowParts(), TestPresets.streamEcho(3)), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aLongSummaryStaysInsideItsCellInBothLanguagesAndWidths() {
        assertCellsHoldTheirText("English, wide");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertCellsHoldTheirText("Chinese, wide");
        double wide = listWidth();
        // the side bar dragged narrow: the cells are measured again at the list's new width
        Fx.run(() -> ((javafx.scene.control.SplitPane) w.root().lookup("#lab-split")).setDividerPositions(0.17));
        Fx.await(() -> listWidth() < wide - 50, "the list narrower than " + wide);
        assertCellsHoldTheirText("Chinese, narrow");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.ENGLISH));
        assertCellsHoldTheirText("English, narrow");
    }

    private void assertCellsHoldTheirText(String where) {
        Fx.await(() -> {
            List<Measured> cells = measure();
            return cells.size() >= 2 && problems(cells).isEmpty();
        }, java.time.Duration.ofSeconds(10), () -> where + ": " + problems(measure()));
        List<Measured> cells = measure();
        Measured longCell = cells.stream().filter(c -> c.id.equals("preset-long-summary")).findFirst().orElseThrow();
        // the long summary really is long here: many lines (or clamped, with all of it in the tooltip)
        assertThat(longCell.summary.getHeight()).as(where + ": the summary's height").isGreaterThan(3 * longCell.lineHeight);
        assertThat(longCell.fullText).as(where + ": the whole summary, shown or in the tooltip").contains(w.window.model().i18n()
                .localeProperty().get().getLanguage().equals("zh") ? "长摘要的结尾。" : "The end of a long summary.");
    }

    /** A cell as laid out: {@code content} is its box less its padding, where its text belongs. */
    private double listWidth() {
        return Fx.on(() -> w.root().lookup("#library-list").getLayoutBounds().getWidth());
    }

    private record Measured(String id, Bounds cell, Bounds content, Bounds title, Bounds summary, double lineHeight, String fullText,
                            boolean cutWithoutTooltip) {
    }

    private static List<String> problems(List<Measured> cells) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Measured c = cells.get(i);
            if (c.summary.getMaxY() > c.content.getMaxY() + 0.5 || c.title.getMinY() < c.content.getMinY() - 0.5) {
                found.add(c.id + "'s summary ends at " + c.summary.getMaxY() + ", past its cell's content (to " + c.content.getMaxY()
                        + ", the cell to " + c.cell.getMaxY() + ")");
            }
            if (c.title.getMaxY() > c.summary.getMinY() + 0.5) {
                found.add(c.id + "'s title runs into its summary");
            }
            if (c.cutWithoutTooltip) {
                found.add(c.id + "'s summary is cut short with no tooltip to read it whole");
            }
            if (i + 1 < cells.size() && cells.get(i + 1).cell.getMinY() < c.cell.getMaxY() - 0.5) {
                found.add(c.id + " reaches into " + cells.get(i + 1).id);
            }
        }
        return found;
    }

    private List<Measured> measure() {
        return Fx.on(() -> {
            List<Measured> out = new ArrayList<>();
            for (Node n : w.root().lookup("#library-list").lookupAll(".list-cell")) {
                if (!(n instanceof ListCell<?> cell) || cell.getItem() == null || !cell.isVisible() || cell.getId() == null) {
                    continue;
                }
                Label title = (Label) cell.lookup(".preset-title");
                Label summary = (Label) cell.lookup(".preset-summary");
                if (title == null || summary == null) {
                    continue;
                }
                String tooltip = summary.getTooltip() == null ? "" : summary.getTooltip().getText();
                Node text = summary.lookup(".text");
                String shown = text instanceof javafx.scene.text.Text t ? t.getText() : summary.getText();
                boolean cut = !shown.equals(summary.getText()) && !tooltip.equals(summary.getText());
                double line = summary.getFont().getSize() * 1.2;
                javafx.geometry.Insets pad = cell.getPadding();
                Bounds box = cell.getLayoutBounds();
                Bounds content = new javafx.geometry.BoundingBox(box.getMinX() + pad.getLeft(), box.getMinY() + pad.getTop(),
                        box.getWidth() - pad.getLeft() - pad.getRight(), box.getHeight() - pad.getTop() - pad.getBottom());
                out.add(new Measured(cell.getId(), cell.localToScene(box), cell.localToScene(content),
                        title.localToScene(title.getLayoutBounds()), summary.localToScene(summary.getLayoutBounds()), line,
                        shown + " " + tooltip, cut));
            }
            out.sort(Comparator.comparingDouble(m -> m.cell.getMinY()));
            return out;
        });
    }
}
