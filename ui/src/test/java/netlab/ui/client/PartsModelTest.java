package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import netlab.ui.i18n.Problem;
import org.junit.jupiter.api.Test;

class PartsModelTest {

    @Test
    void startsWithTheSeedsThreeParts() {
        PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);
        assertThat(parts.parts()).extracting(p -> p.textProperty().get())
                .containsExactly("This is the message. ", "It will be sent ", "in parts.");
        assertThat(parts.parts()).extracting(p -> p.sizeProperty().get()).containsExactly(21, 16, 9);
        assertThat(parts.parts().get(0).literalProperty().get()).isEqualTo("b'This is the message. '");
        assertThat(parts.totalBytesProperty().get()).isEqualTo(46);
        assertThat(parts.bytes().value()).isEqualTo(StreamEchoClient.SEED_MESSAGES);
    }

    @Test
    void splittingTheMarkedSeedMessageGivesTheSeedsParts() {
        PartsModel parts = new PartsModel(List.of(Bytes.utf8("x")));
        assertThat(parts.split()).isTrue();
        assertThat(parts.bytes().value()).isEqualTo(StreamEchoClient.SEED_MESSAGES);
    }

    @Test
    void splittingBySizeInsideACharacterSwitchesToEscapedAndKeepsEveryByte() {
        PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);
        parts.splitMessageProperty().set("héllo wörld");
        parts.setSplitBy(PartsModel.SplitBy.SIZE);
        parts.splitValueProperty().set("2");
        assertThat(parts.split()).isTrue();
        assertThat(parts.modeProperty().get()).isEqualTo(Mode.ESCAPED);
        assertThat(Bytes.concat(parts.bytes().value()).utf8()).isEqualTo("héllo wörld");
        assertThat(parts.parts()).allMatch(p -> p.sizeProperty().get() <= 2);
    }

    @Test
    void switchingModesRewritesThePartsAndKeepsTheirBytes() {
        PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);
        assertThat(parts.switchMode(Mode.HEX)).isNull();
        assertThat(parts.parts().get(2).textProperty().get()).isEqualTo("69 6e 20 70 61 72 74 73 2e");
        assertThat(parts.switchMode(Mode.ESCAPED)).isNull();
        assertThat(parts.switchMode(Mode.TEXT)).isNull();
        assertThat(parts.bytes().value()).isEqualTo(StreamEchoClient.SEED_MESSAGES);
    }

    @Test
    void textModeIsRefusedForBytesThatAreNotText() {
        PartsModel parts = new PartsModel(List.of(Bytes.of((byte) 0xff, (byte) 0x00)));
        assertThat(parts.modeProperty().get()).isEqualTo(Mode.ESCAPED);
        Problem refused = parts.switchMode(Mode.TEXT);
        assertThat(refused).isEqualTo(Problem.of("error.mode.notText", 1));
        assertThat(parts.modeProperty().get()).isEqualTo(Mode.ESCAPED);
    }

    @Test
    void aBadPartSaysWhereAndStopsTheMessage() {
        PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);
        parts.switchMode(Mode.ESCAPED);
        parts.parts().get(1).textProperty().set("bad \\q escape");
        assertThat(parts.parts().get(1).problemProperty().get().raw()).contains("unknown escape").contains("at character 5");
        assertThat(parts.bytes().problem()).isEqualTo(Problem.of("error.part.invalid", 2));
        parts.parts().get(1).textProperty().set("");
        assertThat(parts.parts().get(1).problemProperty().get()).isEqualTo(Problem.of("error.part.empty"));
        parts.remove(parts.parts().get(1));
        assertThat(parts.bytes().isOk()).isTrue();
        assertThat(parts.totalBytesProperty().get()).isEqualTo(30);
    }

    @Test
    void noPartsIsAProblem() {
        PartsModel parts = new PartsModel(StreamEchoClient.SEED_MESSAGES);
        List.copyOf(parts.parts()).forEach(parts::remove);
        assertThat(parts.problemProperty().get()).isEqualTo(Problem.of("error.parts.none"));
        assertThat(parts.bytes().isOk()).isFalse();
    }
}
