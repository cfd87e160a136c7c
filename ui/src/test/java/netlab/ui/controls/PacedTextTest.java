package netlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A figure shown on the 100 ms beat, with a clock of the test's own: no waiting, no wall time. */
@ExtendWith(ApplicationExtension.class)
class PacedTextTest {
    private static final long MS = 1_000_000;

    @Start
    void start(Stage stage) {
        // the toolkit, for the text's timer
    }

    @Test
    void aFigureChangesAtMostOncePerBeatAndTheNewestValueAlwaysShows() {
        Fx.run(() -> {
            AtomicLong clock = new AtomicLong(10 * PacedText.BEAT_NANOS);
            SimpleIntegerProperty seen = new SimpleIntegerProperty(0);
            SimpleStringProperty words = new SimpleStringProperty("Events");
            StringBinding text = Bindings.createStringBinding(() -> words.get() + ": " + seen.get(), seen, words);
            Label label = new Label();
            PacedText paced = new PacedText(label, text, clock::get, words);
            assertThat(label.getText()).isEqualTo("Events: 0");

            clock.addAndGet(120 * MS); // a new beat: the first change shows at once
            seen.set(1);
            assertThat(label.getText()).isEqualTo("Events: 1");

            clock.addAndGet(10 * MS);
            seen.set(2);
            seen.set(3);
            paced.tick();
            assertThat(label.getText()).as("within the beat it waits").isEqualTo("Events: 1");

            clock.addAndGet(PacedText.BEAT_NANOS);
            paced.tick();
            assertThat(label.getText()).as("the next beat shows the newest").isEqualTo("Events: 3");
            paced.tick();
            assertThat(label.getText()).isEqualTo("Events: 3");

            seen.set(4);
            words.set("事件"); // the language: at once, with the newest figure
            assertThat(label.getText()).isEqualTo("事件: 4");
        });
    }

    @Test
    void theLabelKeepsThePacedTextAliveAsABindingWould() {
        Label label = Fx.on(() -> {
            Label l = new Label();
            PacedText.bind(l, new SimpleStringProperty("x"));
            return l;
        });
        assertThat(Fx.on(() -> label.getProperties().get(PacedText.class))).isInstanceOf(PacedText.class);
    }
}
