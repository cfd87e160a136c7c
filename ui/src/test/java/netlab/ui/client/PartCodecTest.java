package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Test;

class PartCodecTest {

    @Test
    void escapedAndHexWriteAnyBytesSoThatTheyReadBackTheSame() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] raw = new byte[random.nextInt(64)];
            random.nextBytes(raw);
            Bytes b = Bytes.wrap(raw);
            for (Mode mode : new Mode[] {Mode.ESCAPED, Mode.HEX}) {
                assertThat(PartCodec.parse(PartCodec.render(b, mode), mode)).as("%s in %s", b, mode).isEqualTo(b);
            }
        }
    }

    @Test
    void quotesAndBackslashesSurviveEscaping() {
        Bytes b = Bytes.utf8("it's \"quoted\" \\ and\ttabbed\n");
        assertThat(PartCodec.parse(PartCodec.render(b, Mode.ESCAPED), Mode.ESCAPED)).isEqualTo(b);
    }

    @Test
    void textModeRefusesBytesThatAreNotUtf8() {
        assertThat(PartCodec.render(Bytes.utf8("héllo"), Mode.TEXT)).isEqualTo("héllo");
        assertThat(PartCodec.render(Bytes.utf8("héllo").slice(0, 2), Mode.TEXT)).isNull();
        assertThat(PartCodec.render(Bytes.utf8("Hi"), Mode.HEX)).isEqualTo("48 69");
    }
}
