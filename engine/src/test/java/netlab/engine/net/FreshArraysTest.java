package netlab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.engine.testing.BareJvm;
import org.junit.jupiter.api.Test;

/**
 * Reads skip the zeroing of their arrays where the JVM lets them (the launcher, the jar's manifest
 * and this build pass the export), and get ordinary zeroed arrays where it does not.
 */
class FreshArraysTest {
    /** Run on a JVM without the export: what it does there. */
    public static void main(String[] args) {
        byte[] a = FreshArrays.forRead(65536);
        boolean zeroed = true;
        for (byte b : a) {
            zeroed &= b == 0;
        }
        System.out.println("uninitialized: " + FreshArrays.uninitialized());
        System.out.println("length: " + a.length + ", zeroed: " + zeroed);
    }

    @Test
    void thisJvmSkipsTheZeroingAndEachArrayHasTheLengthAskedFor() {
        assertThat(FreshArrays.uninitialized()).as("started with " + FreshArrays.FLAG).isTrue();
        for (int n : new int[] {0, 1, 16 * 1024, 65536, ArrayReadingHandle.MAX_READ}) {
            assertThat(FreshArrays.forRead(n)).hasSize(n);
        }
    }

    @Test
    void aJvmWithoutTheExportGivesZeroedArrays() throws Exception {
        BareJvm.Outcome child = BareJvm.run(FreshArraysTest.class);
        assertThat(child.exitValue()).as("exit status; output: %s", child.lines()).isZero();
        assertThat(child.lines()).contains("uninitialized: false", "length: 65536, zeroed: true");
    }
}
