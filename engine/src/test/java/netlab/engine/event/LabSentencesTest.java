package netlab.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lab's sentences about its caps: written as before, and read back into their parts. */
class LabSentencesTest {
    @Test
    void eachSentenceReadsAsTheCliPrintedItAndComesBackInParts() {
        String refused = LabSentences.CONNECTION_LIMIT.say(2, "('127.0.0.1', 5000)", 1);
        assertThat(refused).isEqualTo("connection limit reached: 2 connections are open, so the one from ('127.0.0.1', 5000) is reset at once "
                + "(1 refused so far)");
        assertThat(LabSentences.of(refused)).contains(new LabSentences.Said(LabSentences.CONNECTION_LIMIT, List.of("2", "('127.0.0.1', 5000)", "1")));
        String dropped = LabSentences.TEACHER_DROPPED.say("Grace");
        assertThat(dropped).isEqualTo("the teacher dropped Grace's connections: this one is closed");
        assertThat(LabSentences.of(dropped)).contains(new LabSentences.Said(LabSentences.TEACHER_DROPPED, List.of("Grace")));
        for (LabSentences t : LabSentences.values()) {
            String said = t.say("A", "b(1)", "c's x", "d, e", "f", "g");
            assertThat(LabSentences.of(said)).as(t.name()).map(LabSentences.Said::form).contains(t);
            assertThat(t.say(LabSentences.of(said).orElseThrow().parts().toArray())).as(t.name() + " said again from its parts").isEqualTo(said);
        }
    }

    @Test
    void aPartSaidTwiceComesBackOnce() {
        String said = LabSentences.SIGNAL_IGNORED.say("SIGINT");
        assertThat(said).startsWith("SIGINT is ignored by NetLab's process").endsWith("the window's Send SIGINT still can");
        assertThat(LabSentences.of(said)).contains(new LabSentences.Said(LabSentences.SIGNAL_IGNORED, List.of("SIGINT")));
        assertThat(LabSentences.of("Fatal error: protocol.data_received() call failed: ValueError: boom"))
                .contains(new LabSentences.Said(LabSentences.CALL_FATAL, List.of("data_received", "ValueError: boom")));
    }

    @Test
    void aSeedsLineIsNoneOfThem() {
        assertThat(LabSentences.of("Connection lost! Closing server...")).isEmpty();
        assertThat(LabSentences.of(null)).isEmpty();
    }
}
