package netlab.engine.net;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * New byte arrays for the kernel to fill. The JVM zeroes every new array, and for a 64 KiB read
 * that zeroing is a pass over 64 KiB of memory that {@code recv} then writes over again; the JDK's
 * own {@code Unsafe.allocateUninitializedArray} (what its string concatenation uses) skips it:
 * the protocol echo at 64 KiB took 12.5% less CPU per request, the stream echo 0-8% less
 * (docs/performance.md, "reads into arrays the JVM does not zero").
 * It needs {@value #FLAG}; without it, or with {@code -Dnetlab.uninitializedReads=false} (for
 * comparisons), arrays come zeroed, as always. A caller must never let a
 * byte that the kernel did not write escape: {@link ArrayReadingHandle} trims each array to what
 * {@code recv} returned, or drops it.
 */
final class FreshArrays {
    /** The JVM option that lets reads skip the zeroing. */
    static final String FLAG = "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED";

    private static final Object UNSAFE;
    private static final MethodHandle ALLOCATE;

    static {
        Object unsafe = null;
        MethodHandle allocate = null;
        if (!"false".equals(System.getProperty("netlab.uninitializedReads"))) {
            try {
                Class<?> c = Class.forName("jdk.internal.misc.Unsafe");
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                unsafe = lookup.findStatic(c, "getUnsafe", MethodType.methodType(c)).invoke();
                allocate = lookup.findVirtual(c, "allocateUninitializedArray", MethodType.methodType(Object.class, Class.class, int.class))
                        .asType(MethodType.methodType(Object.class, Object.class, Class.class, int.class));
            } catch (Throwable notExported) {
                unsafe = null;
                allocate = null;
            }
        }
        UNSAFE = unsafe;
        ALLOCATE = allocate;
    }

    private FreshArrays() {
    }

    /** Whether arrays skip the zeroing in this JVM. */
    static boolean uninitialized() {
        return ALLOCATE != null;
    }

    /** A new array of {@code length} bytes, whose contents are undefined when {@link #uninitialized()}. */
    static byte[] forRead(int length) {
        if (ALLOCATE == null) {
            return new byte[length];
        }
        try {
            return (byte[]) (Object) ALLOCATE.invokeExact(UNSAFE, (Class<?>) byte.class, length);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
