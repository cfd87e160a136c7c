package netlab.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import netlab.engine.bytes.Bytes;

/** The reader's buffer: chunks taken whole, cut, and joined, in the order they came. */
class ReadBufferTest {
    private final ReadBuffer buffer = new ReadBuffer();

    private static Bytes b(String s) {
        return Bytes.latin1(s);
    }

    @Test
    void oneChunkTakenWholeLeavesNothing() {
        buffer.add(b("hello"));
        assertThat(buffer.take(5).utf8()).isEqualTo("hello");
        assertThat(buffer.size()).isZero();
        assertThat(buffer.consumed()).isEqualTo(5);
        assertThat(buffer.compact().isEmpty()).isTrue();
    }

    @Test
    void aChunkCutInPiecesComesOutInOrder() {
        buffer.add(b("abcdef"));
        buffer.add(b("gh"));
        assertThat(buffer.take(2).utf8()).isEqualTo("ab");
        assertThat(buffer.take(3).utf8()).isEqualTo("cde");
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.take(3).utf8()).isEqualTo("fgh");
        assertThat(buffer.size()).isZero();
        assertThat(buffer.consumed()).isEqualTo(8);
    }

    @Test
    void aTakeAcrossChunksLeavesTheRestOfTheLastOneFirst() {
        buffer.add(b("ab"));
        buffer.add(b("cd"));
        buffer.add(b("ef"));
        buffer.add(b("gh"));
        assertThat(buffer.take(5).utf8()).isEqualTo("abcde");
        buffer.add(b("ij"));
        assertThat(buffer.take(1).utf8()).isEqualTo("f");
        assertThat(buffer.compact().utf8()).isEqualTo("ghij");
        assertThat(buffer.take(4).utf8()).isEqualTo("ghij");
        buffer.add(b("k"));
        assertThat(buffer.compact().utf8()).isEqualTo("k");
    }

    @Test
    void compactJoinsEveryChunkAndTakingGoesOnFromIt() {
        buffer.add(b("one "));
        buffer.add(b("two "));
        buffer.add(b("three"));
        assertThat(buffer.compact().utf8()).isEqualTo("one two three");
        buffer.add(b("!"));
        assertThat(buffer.take(8).utf8()).isEqualTo("one two ");
        assertThat(buffer.take(6).utf8()).isEqualTo("three!");
        assertThat(buffer.size()).isZero();
    }
}
