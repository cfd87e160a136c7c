package netlab.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lab's sentences about its caps: written as before, and read back into their parts. */
class LimitTextsTest {
    @Test
    void eachSentenceReadsAsTheCliPrintedItAndComesBackInParts() {
        String refused = LimitTexts.CONNECTION_LIMIT.say(2, "('127.0.0.1', 5000)", 1);
        assertThat(refused).isEqualTo("connection limit reached: 2 connections are open, so the one from ('127.0.0.1', 5000) is reset at once "
                + "(1 refused so far)");
        assertThat(LimitTexts.of(refused)).contains(new LimitTexts.Said(LimitTexts.CONNECTION_LIMIT, List.of("2", "('127.0.0.1', 5000)", "1")));
        String dropped = LimitTexts.TEACHER_DROPPED.say("Grace");
        assertThat(dropped).isEqualTo("the teacher dropped Grace's connections: this one is closed");
        assertThat(LimitTexts.of(dropped)).contains(new LimitTexts.Said(LimitTexts.TEACHER_DROPPED, List.of("Grace")));
        for (LimitTexts t : LimitTexts.values()) {
            String said = t.say("a (b)", "c's", "d");
            assertThat(LimitTexts.of(said)).as(t.name()).map(LimitTexts.Said::form).contains(t);
        }
    }

    @Test
    void aSeedsLineIsNoneOfThem() {
        assertThat(LimitTexts.of("Connection lost! Closing server...")).isEmpty();
        assertThat(LimitTexts.of(null)).isEmpty();
    }
}
