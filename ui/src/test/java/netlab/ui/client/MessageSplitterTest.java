package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void theSeedMessageSplitsAtItsMarkersIntoTheSeedsThreeWrites() {
        List<Bytes> parts = MessageSplitter.byMarker(Bytes.utf8(PartsModel.SEED_MESSAGE_MARKED), Bytes.utf8("|"));
        assertThat(parts).extracting(Bytes::utf8).containsExactly("This is the message. ", "It will be sent ", "in parts.");
    }

    @Test
    void emptyPiecesBetweenMarkersAreLeftOut() {
        assertThat(MessageSplitter.byMarker(Bytes.utf8("||a|||b|"), Bytes.utf8("|"))).extracting(Bytes::utf8)
                .containsExactly("a", "b");
        assertThat(MessageSplitter.byMarker(Bytes.utf8("a--b"), Bytes.utf8("--"))).extracting(Bytes::utf8)
                .containsExactly("a", "b");
    }

    @Test
    void bySizeGivesEqualPartsAndAShorterLastOne() {
        assertThat(MessageSplitter.bySize(Bytes.utf8("abcdefghij"), 4)).extracting(Bytes::utf8)
                .containsExactly("abcd", "efgh", "ij");
        assertThatThrownBy(() -> MessageSplitter.bySize(Bytes.utf8("a"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splittingNeverLosesOrChangesABytePropertyOverRandomMessages() {
        Random random = new Random(20240601);
        for (int round = 0; round < 500; round++) {
            byte[] raw = new byte[random.nextInt(300)];
            random.nextBytes(raw);
            Bytes message = Bytes.wrap(raw);
            int size = 1 + random.nextInt(40);
            List<Bytes> bySize = MessageSplitter.bySize(message, size);
            assertThat(Bytes.concat(bySize)).isEqualTo(message);
            assertThat(bySize).allMatch(p -> p.size() >= 1 && p.size() <= size);

            Bytes marker = Bytes.of((byte) random.nextInt(256));
            List<Bytes> byMarker = MessageSplitter.byMarker(message, marker);
            assertThat(byMarker).allMatch(p -> !p.isEmpty() && p.indexOf(marker, 0) < 0);
            int markers = 0;
            for (int i = 0; i < message.size(); i++) {
                markers += message.byteAt(i) == marker.byteAt(0) ? 1 : 0;
            }
            int kept = byMarker.stream().mapToInt(Bytes::size).sum();
            assertThat(kept + markers).isEqualTo(message.size());
        }
    }
}
