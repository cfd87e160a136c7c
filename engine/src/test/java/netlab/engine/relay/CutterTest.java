package netlab.engine.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** Where the relay cuts: planned places in the stream, whatever reads the bytes came in. */
class CutterTest {
    @Test
    void fixedCutsEveryNBytesWhateverTheReadsWere() {
        Bytes message = Bytes.utf8("This is the message. It will be sent in parts.");
        List<Bytes> oneRead = cutAll(new Cutter(SplitMode.fixed(5), 0), List.of(message));
        List<Bytes> threeReads = cutAll(new Cutter(SplitMode.fixed(5), 0),
                List.of(message.slice(0, 21), message.slice(21, 37), message.slice(37)));
        assertThat(sizes(oneRead)).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 1);
        assertThat(threeReads).isEqualTo(oneRead);
        assertThat(Bytes.concat(oneRead)).isEqualTo(message);
    }

    @Test
    void randomCutsRepeatForTheSameSeedAndDifferForAnother() {
        long seed = new Random().nextLong();
        Bytes message = randomBytes(seed, 5_000);
        Random reads = new Random(seed);
        List<Bytes> a = cutAll(new Cutter(SplitMode.random(1, 8), seed), List.of(message));
        List<Bytes> b = cutAll(new Cutter(SplitMode.random(1, 8), seed), randomReads(message, reads));
        assertThat(b).as("seed %d", seed).isEqualTo(a);
        assertThat(Bytes.concat(a)).as("seed %d", seed).isEqualTo(message);
        assertThat(sizes(a)).as("seed %d", seed).allMatch(n -> n >= 1 && n <= 8);
        assertThat(sizes(a).subList(0, sizes(a).size() - 1)).as("seed %d", seed).contains(1, 8);
        List<Bytes> other = cutAll(new Cutter(SplitMode.random(1, 8), seed + 1), List.of(message));
        assertThat(sizes(other)).as("seed %d", seed).isNotEqualTo(sizes(a));
    }

    @Test
    void aHeldChunkFlushedEarlyLeavesThePlannedCutsWhereTheyWere() {
        Cutter c = new Cutter(SplitMode.fixed(5), 0);
        assertThat(c.add(Bytes.utf8("abc"))).isEmpty();
        assertThat(c.heldBytes()).isEqualTo(3);
        assertThat(c.flush().utf8()).isEqualTo("abc");
        // the chunk planned as bytes 0..5 ends where it was planned: after "de"
        assertThat(c.add(Bytes.utf8("defghij")).stream().map(Bytes::utf8).toList()).containsExactly("de", "fghij");
    }

    @Test
    void byteNoneAndCoalesce() {
        assertThat(sizes(cutAll(new Cutter(SplitMode.BYTE, 0), List.of(Bytes.utf8("abcd"))))).containsExactly(1, 1, 1, 1);
        assertThat(cutAll(new Cutter(SplitMode.NONE, 0), List.of(Bytes.utf8("ab"), Bytes.utf8("cd"))))
                .containsExactly(Bytes.utf8("ab"), Bytes.utf8("cd"));
        Cutter coalesce = new Cutter(SplitMode.coalesce(50), 0);
        assertThat(coalesce.add(Bytes.utf8("ab"))).isEmpty();
        assertThat(coalesce.add(Bytes.utf8("cd"))).isEmpty();
        assertThat(coalesce.flush().utf8()).isEqualTo("abcd");
    }

    @Test
    void splitModesParseAsTheCommandLineWritesThem() {
        assertThat(SplitMode.parse("fixed:5")).isEqualTo(SplitMode.fixed(5));
        assertThat(SplitMode.parse("random:1-8")).isEqualTo(SplitMode.random(1, 8));
        assertThat(SplitMode.parse("byte")).isEqualTo(SplitMode.BYTE);
        assertThat(SplitMode.parse("coalesce:40")).isEqualTo(SplitMode.coalesce(40));
        assertThat(SplitMode.parse(" none ")).isEqualTo(SplitMode.NONE);
        for (String s : List.of("fixed:5", "random:1-8", "byte", "coalesce:40", "none")) {
            assertThat(SplitMode.parse(s).toString()).isEqualTo(s);
        }
        assertThatThrownBy(() -> SplitMode.parse("fixed:0")).hasMessageContaining("1..");
        assertThatThrownBy(() -> SplitMode.parse("random:8-1")).hasMessageContaining("smallest first");
        assertThatThrownBy(() -> SplitMode.parse("random:3")).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> SplitMode.parse("chop:3")).hasMessageContaining("unknown split mode 'chop'");
        assertThatThrownBy(() -> SplitMode.parse("fixed:x")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> SplitMode.parse("coalesce:0")).hasMessageContaining("window");
        assertThatThrownBy(() -> SplitMode.parse("byte:2")).hasMessageContaining("no argument");
    }

    static List<Bytes> cutAll(Cutter cutter, List<Bytes> reads) {
        List<Bytes> out = new ArrayList<>();
        for (Bytes r : reads) {
            out.addAll(cutter.add(r));
        }
        Bytes rest = cutter.flush();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    static List<Integer> sizes(List<Bytes> chunks) {
        return chunks.stream().map(Bytes::size).toList();
    }

    static Bytes randomBytes(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return Bytes.wrap(b);
    }

    private static List<Bytes> randomReads(Bytes message, Random random) {
        List<Bytes> reads = new ArrayList<>();
        int at = 0;
        while (at < message.size()) {
            int n = Math.min(message.size() - at, 1 + random.nextInt(300));
            reads.add(message.slice(at, at + n));
            at += n;
        }
        return reads;
    }
}
