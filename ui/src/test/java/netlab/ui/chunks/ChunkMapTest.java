package netlab.ui.chunks;

import netlab.ui.panes.ChunkLog;
import netlab.ui.panes.Chunk;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Writes laid against reads: merges and splits counted as TCP made them. */
class ChunkMapTest {
    private static List<Chunk> chunks(int... sizes) {
        List<Chunk> out = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < sizes.length; i++) {
            out.add(new Chunk(at, sizes[i], i + 1, i * 1000L));
            at += sizes[i];
        }
        return out;
    }

    @Test
    void theSeedsThreePartsReceivedInOneReadAreOneMerge() {
        ChunkMap map = ChunkMap.of(chunks(21, 16, 9), chunks(46));
        assertThat(map.merges()).isEqualTo(1);
        assertThat(map.splits()).isZero();
        assertThat(map.writesPerRead()).containsExactly(3);
        assertThat(map.readsPerWrite()).containsExactly(1, 1, 1);
        assertThat(map.isMerge(0)).isTrue();
        // the two places inside the read where one write ended and the next began
        assertThat(map.writeBoundariesInsideReads()).containsExactly(21L, 37L);
        assertThat(map.inFlight()).isZero();
        assertThat(map.span()).isEqualTo(46);
    }

    @Test
    void oneWriteReadInTwoPiecesIsOneSplit() {
        ChunkMap map = ChunkMap.of(chunks(46), chunks(20, 26));
        assertThat(map.splits()).isEqualTo(1);
        assertThat(map.merges()).isZero();
        assertThat(map.readsPerWrite()).containsExactly(2);
        assertThat(map.writeBoundariesInsideReads()).isEmpty();
    }

    @Test
    void boundariesThatMatchAreNeitherAndAReadAcrossTwoWritesIsBoth() {
        assertThat(ChunkMap.of(chunks(21, 16, 9), chunks(21, 16, 9))).satisfies(m -> {
            assertThat(m.merges()).isZero();
            assertThat(m.splits()).isZero();
        });
        // reads 10 | 20 | 16 over writes 21 | 16 | 9: the second read glues the end of write 1 to
        // most of write 2, and writes 1 and 2 each arrive in two reads
        ChunkMap m = ChunkMap.of(chunks(21, 16, 9), chunks(10, 20, 16));
        assertThat(m.writesPerRead()).containsExactly(1, 2, 2);
        assertThat(m.readsPerWrite()).containsExactly(2, 2, 1);
        assertThat(m.merges()).isEqualTo(2);
        assertThat(m.splits()).isEqualTo(2);
    }

    @Test
    void bytesWrittenButNotReadYetAreInFlight() {
        ChunkMap map = ChunkMap.of(chunks(21, 16, 9), chunks(21));
        assertThat(map.inFlight()).isEqualTo(25);
        assertThat(map.readsPerWrite()).containsExactly(1, 0, 0);
        assertThat(ChunkMap.of(List.of(), List.of()).span()).isZero();
    }

    @Test
    void aBoundedLogKeepsTheNewestAndCountsTheRest() {
        ChunkLog log = new ChunkLog(3);
        for (int i = 0; i < 5; i++) {
            log.add(new Chunk(i * 10L, 10, i, i));
        }
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.dropped()).isEqualTo(2);
        assertThat(log.all()).extracting(Chunk::offset).containsExactly(20L, 30L, 40L);
        assertThat(log.keptBytes()).isEqualTo(30);
        // a map of what is kept still lines up, from the first byte both still hold
        ChunkMap map = ChunkMap.of(log.all(), List.of(new Chunk(20, 30, 9, 9)));
        assertThat(map.from()).isEqualTo(20);
        assertThat(map.merges()).isEqualTo(1);
    }
}
