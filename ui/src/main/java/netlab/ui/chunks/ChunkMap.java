package netlab.ui.chunks;

import netlab.ui.panes.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of one side laid against the reads of the other on one byte ruler. TCP keeps the
 * bytes and their order, not the writes' boundaries: a read that holds bytes of several writes is
 * a <em>merge</em>, a write whose bytes arrive in several reads is <em>split</em>.
 *
 * <p>Only the stretch both sides still hold is compared (logs are bounded); bytes written that
 * have not been read yet are {@link #inFlight()}.
 *
 * @param writes   the sender's writes, in order
 * @param reads    the receiver's reads, in order
 * @param readsPerWrite for each write, how many reads its bytes arrived in (0: not arrived yet)
 * @param writesPerRead for each read, how many writes its bytes came from
 */
public record ChunkMap(List<Chunk> writes, List<Chunk> reads, int[] readsPerWrite, int[] writesPerRead,
                       long from, long to, long inFlight) {

    public static final ChunkMap EMPTY = of(List.of(), List.of());

    /** Lays {@code reads} against {@code writes}: one pass over both, as both are in byte order. */
    public static ChunkMap of(List<Chunk> writes, List<Chunk> reads) {
        int[] perWrite = new int[writes.size()];
        int[] perRead = new int[reads.size()];
        int w = 0;
        for (int r = 0; r < reads.size(); r++) {
            Chunk read = reads.get(r);
            while (w < writes.size() && writes.get(w).end() <= read.offset()) {
                w++;
            }
            for (int k = w; k < writes.size() && writes.get(k).offset() < read.end(); k++) {
                if (writes.get(k).end() > read.offset()) {
                    perRead[r]++;
                    perWrite[k]++;
                }
            }
        }
        long from = Math.min(writes.isEmpty() ? Long.MAX_VALUE : writes.get(0).offset(),
                reads.isEmpty() ? Long.MAX_VALUE : reads.get(0).offset());
        long to = Math.max(writes.isEmpty() ? 0 : writes.get(writes.size() - 1).end(),
                reads.isEmpty() ? 0 : reads.get(reads.size() - 1).end());
        long readEnd = reads.isEmpty() ? (writes.isEmpty() ? 0 : writes.get(0).offset()) : reads.get(reads.size() - 1).end();
        long writeEnd = writes.isEmpty() ? 0 : writes.get(writes.size() - 1).end();
        return new ChunkMap(List.copyOf(writes), List.copyOf(reads), perWrite, perRead,
                from == Long.MAX_VALUE ? 0 : from, to, Math.max(0, writeEnd - readEnd));
    }

    /** Reads that hold bytes of more than one write. */
    public int merges() {
        int n = 0;
        for (int c : writesPerRead) {
            if (c > 1) {
                n++;
            }
        }
        return n;
    }

    /** Writes whose bytes arrived in more than one read. */
    public int splits() {
        int n = 0;
        for (int c : readsPerWrite) {
            if (c > 1) {
                n++;
            }
        }
        return n;
    }

    public boolean isMerge(int read) {
        return writesPerRead[read] > 1;
    }

    public boolean isSplit(int write) {
        return readsPerWrite[write] > 1;
    }

    /** Write boundaries (ends of writes) that fall inside a read: where a merge glued writes together. */
    public List<Long> writeBoundariesInsideReads() {
        List<Long> out = new ArrayList<>();
        int r = 0;
        for (Chunk write : writes) {
            long b = write.end();
            while (r < reads.size() && reads.get(r).end() <= b) {
                r++;
            }
            if (r < reads.size() && reads.get(r).offset() < b && b < reads.get(r).end()) {
                out.add(b);
            }
        }
        return out;
    }

    /** Bytes in the ruler's stretch. */
    public long span() {
        return to - from;
    }
}
