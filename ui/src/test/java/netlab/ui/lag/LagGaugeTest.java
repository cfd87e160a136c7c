package netlab.ui.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gauge on a real loop: quiet while the loop is idle, and it jumps while a callback blocks it. */
@ExtendWith(ApplicationExtension.class)
class LagGaugeTest {
    private Lab lab;
    private LagGauge gauge;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        gauge = new LagGauge(lab.loop().lag()::recentNanos, new I18n(Locale.ENGLISH));
        stage.setScene(new Scene(gauge.node(), 300, 40));
        stage.show();
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private String shown() {
        return Fx.on(() -> ((Label) gauge.node().lookup("#lag-value")).getText());
    }

    @Test
    void itJumpsWhenTheLoopIsBlocked() {
        Fx.await(() -> gauge.node().getStyleClass().contains("lag-fine"), "an idle loop is fine");
        lab.loop().callSoonThreadsafe(() -> {
            try {
                Thread.sleep(800); // the blocking-call lesson, in one callback
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Fx.await(() -> gauge.node().getStyleClass().contains("lag-stalled"), "stalled while the callback blocks");
        System.out.println("the gauge showed " + shown() + " during the stall");
        assertThat(Fx.on(() -> gauge.model().shownNanos())).isGreaterThanOrEqualTo(250_000_000L);
        Fx.await(() -> gauge.node().getStyleClass().contains("lag-fine"), java.time.Duration.ofSeconds(10),
                () -> "fine again once the hold is over; shows " + shown());
    }
}
