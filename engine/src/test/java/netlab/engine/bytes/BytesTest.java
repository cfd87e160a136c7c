package netlab.engine.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BytesTest {

    private static Bytes b(String latin1) {
        return Bytes.latin1(latin1);
    }

    @Test
    void copiesWhatItIsGivenButWrapTakesOwnership() {
        byte[] data = {1, 2, 3};
        Bytes copied = Bytes.of(data);
        Bytes wrapped = Bytes.wrap(data);
        data[0] = 9;
        assertThat(copied.byteAt(0)).isEqualTo((byte) 1);
        assertThat(wrapped.byteAt(0)).isEqualTo((byte) 9);
        assertThat(Bytes.of(new byte[] {5, 6, 7, 8}, 1, 2)).isEqualTo(Bytes.of((byte) 6, (byte) 7));
        assertThat(Bytes.of()).isSameAs(Bytes.EMPTY);
        assertThat(Bytes.wrap(new byte[0])).isSameAs(Bytes.EMPTY);
    }

    @Test
    void slicesShareTheArrayAndKeepTheirBounds() {
        Bytes all = b("hello world");
        Bytes world = all.slice(6);
        assertThat(world.utf8()).isEqualTo("world");
        assertThat(world.size()).isEqualTo(5);
        assertThat(world.unsafeBackingArray()).isSameAs(all.unsafeBackingArray());
        assertThat(world.unsafeOffset()).isEqualTo(6);
        assertThat(world.slice(1, 3).utf8()).isEqualTo("or");
        assertThat(all.slice(0, all.size())).isSameAs(all);
        assertThat(all.slice(3, 3)).isSameAs(Bytes.EMPTY);
        assertThat(world.toByteArray()).containsExactly('w', 'o', 'r', 'l', 'd');
        // a fresh array for a slice, the backing one only when it covers all of it
        assertThat(world.unsafeArray()).isNotSameAs(all.unsafeBackingArray()).hasSize(5);
        assertThat(all.unsafeArray()).isSameAs(all.unsafeBackingArray());
    }

    @Test
    void sliceAndByteAtRefuseOutOfRange() {
        Bytes abc = b("abc");
        assertThatThrownBy(() -> abc.slice(-1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> abc.slice(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> abc.slice(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> abc.slice(1).byteAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> abc.byteAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void concatJoinsInOrderAndSkipsCopiesForEmptyParts() {
        Bytes hello = b("hello ");
        Bytes world = b("world");
        assertThat(hello.concat(world)).isEqualTo(b("hello world"));
        assertThat(hello.concat(Bytes.EMPTY)).isSameAs(hello);
        assertThat(Bytes.EMPTY.concat(world)).isSameAs(world);
        assertThat(Bytes.concat(List.of())).isSameAs(Bytes.EMPTY);
        assertThat(Bytes.concat(List.of(world))).isSameAs(world);
        Bytes sliced = b("xxabcxx").slice(2, 5);
        assertThat(Bytes.concat(List.of(sliced, Bytes.EMPTY, sliced.slice(1)))).isEqualTo(b("abcbc"));
    }

    @Test
    void indexOfFindsTheFirstOccurrenceAtOrAfterFrom() {
        Bytes s = b("abcabcab");
        assertThat(s.indexOf(b("ca"), 0)).isEqualTo(2);
        assertThat(s.indexOf(b("ca"), 3)).isEqualTo(5);
        assertThat(s.indexOf(b("ca"), 6)).isEqualTo(-1);
        assertThat(s.indexOf(b("abcabcabc"), 0)).isEqualTo(-1);
        assertThat(s.indexOf(b("ab"), -5)).isEqualTo(0);
        assertThat(s.indexOf(b("ab"), 6)).isEqualTo(6);
        assertThat(s.indexOf((byte) 'c', 3)).isEqualTo(5);
        assertThat(s.indexOf((byte) 'z', 0)).isEqualTo(-1);
        // offsets are relative to the slice, never to the shared array
        Bytes slice = b("zzzabc").slice(3);
        assertThat(slice.indexOf(b("bc"), 0)).isEqualTo(1);
        assertThat(slice.indexOf((byte) 'z', 0)).isEqualTo(-1);
        assertThat(b("aaa").slice(1).indexOf(b("aa"), 0)).isEqualTo(0);
    }

    @Test
    void indexOfAnEmptyNeedleIsWherePythonsFindPutsIt() {
        // b'abc'.find(b'', i) is i for 0 <= i <= 3
        Bytes abc = b("abc");
        for (int i = 0; i <= 3; i++) {
            assertThat(abc.indexOf(Bytes.EMPTY, i)).isEqualTo(i);
        }
        // ... and -1 past the end: there is no occurrence "at or after" index 4 of a 3-byte string
        assertThat(abc.indexOf(Bytes.EMPTY, 4)).isEqualTo(-1);
        assertThat(abc.indexOf(Bytes.EMPTY, -2)).isEqualTo(0);
    }

    @Test
    void indexOfAgreesWithANaiveSearchOnRandomData() {
        long seed = 20240611L;
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            byte[] hay = new byte[random.nextInt(40)];
            for (int i = 0; i < hay.length; i++) {
                hay[i] = (byte) ('a' + random.nextInt(3));
            }
            byte[] needle = new byte[1 + random.nextInt(3)];
            for (int i = 0; i < needle.length; i++) {
                needle[i] = (byte) ('a' + random.nextInt(3));
            }
            int from = random.nextInt(hay.length + 1);
            int expected = new String(hay, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .indexOf(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1), from);
            assertThat(Bytes.wrap(hay).indexOf(Bytes.wrap(needle), from))
                    .as("seed %d round %d", seed, round).isEqualTo(expected);
        }
    }

    @Test
    void startsAndEndsWith() {
        Bytes s = b("GET / HTTP/1.1\r\n");
        assertThat(s.startsWith(b("GET "))).isTrue();
        assertThat(s.startsWith(b("POST"))).isFalse();
        assertThat(s.endsWith(b("\r\n"))).isTrue();
        assertThat(s.slice(0, 3).endsWith(b("ET"))).isTrue();
        assertThat(b("ab").startsWith(b("abc"))).isFalse();
        assertThat(b("ab").endsWith(b("zab"))).isFalse();
        assertThat(s.startsWith(Bytes.EMPTY)).isTrue();
    }

    @Test
    void equalsAndHashCodeDependOnContentOnlyNotOnOffsets() {
        Bytes direct = b("abc");
        Bytes slice = b("--abc--").slice(2, 5);
        Bytes concat = b("a").concat(b("bc"));
        assertThat(slice).isEqualTo(direct).isEqualTo(concat);
        assertThat(slice.hashCode()).isEqualTo(direct.hashCode()).isEqualTo(concat.hashCode());
        assertThat(b("abd")).isNotEqualTo(direct);
        assertThat(b("ab")).isNotEqualTo(direct);
        assertThat(Bytes.EMPTY).isEqualTo(b("x").slice(1));
        assertThat(Bytes.EMPTY.hashCode()).isEqualTo(b("x").slice(1).hashCode());
        assertThat(direct).isNotEqualTo("abc");

        // usable as keys: many distinct slices of one array
        List<Bytes> keys = new ArrayList<>();
        Bytes text = b("the quick brown fox jumps over the lazy dog");
        for (int i = 0; i + 3 <= text.size(); i++) {
            keys.add(text.slice(i, i + 3));
        }
        java.util.Set<Bytes> set = new java.util.HashSet<>(keys);
        assertThat(set).contains(b("the"), b("dog"), b("fox"));
        assertThat(set).hasSize((int) keys.stream().map(Bytes::utf8).distinct().count());
    }

    @Test
    void comparesUnsignedLikePython() {
        // b'\x80' > b'\x7f' in Python: bytes compare as unsigned values
        assertThat(Bytes.of((byte) 0x80).compareTo(Bytes.of((byte) 0x7f))).isPositive();
        assertThat(b("ab").compareTo(b("abc"))).isNegative();
        assertThat(b("abc").compareTo(b("xabcx").slice(1, 4))).isZero();
    }

    @Test
    void encodingsAndText() {
        assertThat(Bytes.utf8("é").toByteArray()).containsExactly(0xC3, 0xA9);
        assertThat(Bytes.latin1("é").toByteArray()).containsExactly(0xE9);
        assertThatThrownBy(() -> Bytes.latin1("€")).hasMessageContaining("index 0");
        assertThat(Bytes.utf8("héllo").utf8()).isEqualTo("héllo");
        assertThat(Bytes.of((byte) 0, (byte) 0xAB, (byte) 0x10).hex()).isEqualTo("00ab10");
        assertThat(b("xx\u0001\u00ff").slice(2).hex()).isEqualTo("01ff");
        assertThat(b("It will be sent ").toString()).isEqualTo("b'It will be sent '");
    }
}
