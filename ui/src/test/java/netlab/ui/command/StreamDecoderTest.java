package netlab.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Test;

class StreamDecoderTest {
    @Test
    void aCharacterSplitBetweenTwoReadsComesOutWhole() {
        byte[] all = "é中".getBytes(StandardCharsets.UTF_8);
        StreamDecoder d = new StreamDecoder();
        assertThat(d.decode(Bytes.of(all, 0, 1))).isEmpty();
        assertThat(d.decode(Bytes.of(all, 1, 2))).as("é, and the first byte of 中 kept").isEqualTo("é");
        assertThat(d.decode(Bytes.of(all, 3, 1))).isEmpty();
        assertThat(d.decode(Bytes.of(all, 4, 1))).isEqualTo("中");
        assertThat(d.finish()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8ShowAsReplacementCharacters() {
        StreamDecoder d = new StreamDecoder();
        assertThat(d.decode(Bytes.of((byte) 'a', (byte) 0xff, (byte) 'b'))).isEqualTo("a\ufffdb");
        assertThat(d.decode(Bytes.of((byte) 0xe4))).isEmpty();
        assertThat(d.finish()).isEqualTo("\ufffd");
    }
}
