package netlab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/** The replay cursor: held while stepping, one step per Next, everything at once when it stops. */
class StepGateTest {
    private final SyntheticEvents ev = new SyntheticEvents();
    private final Origin client = SyntheticEvents.clientConnection("client-1", 5000, 10000);
    private final StepGate gate = new StepGate();
    private final List<LabEvent> shown = new ArrayList<>();

    private void frame(LabEvent... batch) {
        gate.pass(List.of(batch), shown::add);
    }

    @Test
    void withoutSteppingEverythingPassesAtOnce() {
        frame(ev.log(client, "echo_client", "a"), ev.log(client, "echo_client", "b"));
        assertThat(shown).hasSize(2);
        assertThat(gate.heldProperty().get()).isZero();
    }

    @Test
    void steppingShowsOneEventAPersonSeesPerNextWithTheBookkeepingBeforeIt() {
        gate.steppingProperty().set(true);
        LabEvent state = ev.state(client, "running");
        LabEvent connecting = ev.log(client, "echo_client", "connecting to 127.0.0.1 port 10000");
        LabEvent lag = ev.event(client, EventKind.LOOP_LAG, null);
        LabEvent write = ev.data(client, EventKind.DATA_SENT, "This is the message. ");
        frame(state, connecting, lag, write);
        assertThat(shown).isEmpty();
        assertThat(gate.heldProperty().get()).isEqualTo(4);

        gate.next();
        frame();
        assertThat(shown).containsExactly(state, connecting);
        assertThat(gate.lastStepProperty().get()).isEqualTo(connecting);

        gate.next();
        frame();
        assertThat(shown).containsExactly(state, connecting, lag, write);
        assertThat(gate.heldProperty().get()).isZero();

        // a Next with nothing held waits for the next event that arrives
        gate.next();
        LabEvent later = ev.log(client, "echo_client", "waiting for response");
        LabEvent after = ev.log(client, "echo_client", "closing");
        frame(later, after);
        assertThat(shown).endsWith(later);
        assertThat(gate.heldProperty().get()).isEqualTo(1);

        gate.steppingProperty().set(false);
        frame();
        assertThat(shown).endsWith(later, after);
        assertThat(gate.heldProperty().get()).isZero();
    }

    @Test
    void beyondItsBoundTheOldestAreShownAndCounted() {
        gate.steppingProperty().set(true);
        List<LabEvent> many = new ArrayList<>();
        for (int i = 0; i < StepGate.MAX_HELD + 5; i++) {
            many.add(ev.log(client, "echo_client", "line " + i));
        }
        gate.pass(many, shown::add);
        assertThat(shown).hasSize(5);
        assertThat(gate.overflowedProperty().get()).isEqualTo(5);
        assertThat(gate.heldProperty().get()).isEqualTo(StepGate.MAX_HELD);
        assertThat(shown.get(0).text()).isEqualTo("line 0");
    }

    @Test
    void nextIoShowsTheBytesFlowingOneWayAsOneStepAndBackHoldsItAgain() {
        Origin server = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
        Origin clientMain = SyntheticEvents.clientEndpoint("client-1");
        LabEvent w1 = ev.data(client, EventKind.DATA_SENT, "This is the message. ");
        LabEvent log1 = ev.log(clientMain, "echo_client", "sending b'This is the message. '");
        LabEvent w2 = ev.data(client, EventKind.DATA_SENT, "in parts.");
        LabEvent eof = ev.event(client, EventKind.EOF_SENT, null);
        LabEvent waiting = ev.log(clientMain, "echo_client", "waiting for response");
        LabEvent read = ev.data(server, EventKind.DATA_RECEIVED, "This is the message. in parts.");
        LabEvent echo = ev.data(server, EventKind.DATA_SENT, "This is the message. in parts.");
        List<List<LabEvent>> rebuilt = new ArrayList<>();
        gate.setRewinder(rebuilt::add);
        gate.steppingProperty().set(true);
        frame(w1, log1, w2, eof, waiting, read, echo);
        assertThat(gate.stepsHeldProperty().get()).as("presses of next event").isEqualTo(7);

        gate.next(StepSize.IO);
        frame();
        // the bytes going from client to server are one step: the writes, the write_eof and the server's read of them
        assertThat(shown).containsExactly(w1, log1, w2, eof, waiting, read);
        assertThat(gate.stepProperty().get()).isEqualTo(1);
        assertThat(gate.stepsHeldProperty().get()).as("presses of next I/O left: the echo going back").isEqualTo(1);
        gate.next(StepSize.IO);
        frame();
        assertThat(shown).endsWith(read, echo);

        gate.back();
        frame();
        assertThat(gate.stepProperty().get()).isEqualTo(1);
        assertThat(gate.heldProperty().get()).isEqualTo(1);
        assertThat(rebuilt).containsExactly(List.of(w1, log1, w2, eof, waiting, read));
        assertThat(gate.lastStepProperty().get()).isEqualTo(read);

        gate.next(StepSize.RUN);
        frame();
        // no run ends among what is held: everything held is shown, and the step waits for the run's end
        assertThat(gate.heldProperty().get()).isZero();
        LabEvent finished = ev.state(clientMain, "finished");
        LabEvent next = ev.state(SyntheticEvents.clientEndpoint("client-2"), "starting");
        frame(finished, next);
        assertThat(shown).endsWith(echo, finished);
        assertThat(gate.heldProperty().get()).isEqualTo(1);
    }

    @Test
    void nextIoKeepsOneLegWhenTheServerEchoesEachReadWhileTheClientIsStillWriting() {
        Origin server = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
        // two programs on loops of their own: the server reads and echoes each write before the client's next one
        LabEvent w1 = ev.data(client, EventKind.DATA_SENT, "one ");
        LabEvent r1 = ev.data(server, EventKind.DATA_RECEIVED, "one ");
        LabEvent e1 = ev.data(server, EventKind.DATA_SENT, "one ");
        LabEvent w2 = ev.data(client, EventKind.DATA_SENT, "two");
        LabEvent eof = ev.event(client, EventKind.EOF_SENT, null);
        LabEvent r2 = ev.data(server, EventKind.DATA_RECEIVED, "two");
        LabEvent e2 = ev.data(server, EventKind.DATA_SENT, "two");
        LabEvent back = ev.data(client, EventKind.DATA_RECEIVED, "one two");
        gate.steppingProperty().set(true);
        frame(w1, r1, e1, w2, eof, r2, e2, back);

        gate.next(StepSize.IO);
        frame();
        // the first echo is shown with the leg it was written in; the last one, read next, starts the leg back
        assertThat(shown).containsExactly(w1, r1, e1, w2, eof, r2);
        assertThat(gate.stepsHeldProperty().get()).as("presses of next I/O left: the leg back").isEqualTo(1);
        gate.next(StepSize.IO);
        frame();
        assertThat(shown).endsWith(e2, back);
        assertThat(gate.heldProperty().get()).isZero();
    }
}
