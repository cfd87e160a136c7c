package netlab.engine.net;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * libc's {@code recv} into a Java array and {@code ioctl(FIONREAD)}, through the JDK's foreign
 * function API with critical downcalls, which take the heap array itself (JDK 22 and later). The
 * build targets release 21, where that API is a preview, so the handles are made reflectively;
 * on a JDK without it {@link #available()} is false and reads take Netty's path.
 */
final class SocketCalls {
    private static final int MSG_DONTWAIT = 0x40;
    private static final long FIONREAD = 0x541B;
    /** (int fd, byte[] into, long length, int flags) long */
    private static final MethodHandle RECV = downcall("recv", byte[].class, false);
    /** (int fd, long request, int[] out) int */
    private static final MethodHandle IOCTL = downcall("ioctl", int[].class, true);

    private SocketCalls() {
    }

    static boolean available() {
        return RECV != null && IOCTL != null;
    }

    /** The bytes waiting in the socket's receive queue, or -1 if the kernel would not say. */
    static int queued(int fd, int[] out) {
        try {
            return (int) IOCTL.invokeExact(fd, FIONREAD, out) < 0 ? -1 : out[0];
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl(FIONREAD)", t); // a downcall made without error cannot throw
        }
    }

    /** What recv wrote into {@code into} (never blocking), 0 at EOF, -1 on EAGAIN or an error. */
    static long recv(int fd, byte[] into) {
        try {
            return (long) RECV.invokeExact(fd, into, (long) into.length, MSG_DONTWAIT);
        } catch (Throwable t) {
            throw new IllegalStateException("recv", t);
        }
    }

    /**
     * recv: {@code ssize_t (int, void *, size_t, int)}; ioctl: {@code int (int, unsigned long, ...)}
     * with the out pointer as its one variadic argument. {@code array} is what the pointer becomes.
     */
    private static MethodHandle downcall(String name, Class<?> array, boolean ioctl) {
        try {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayouts = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
            Object symbol = ((Optional<?>) lookupType.getMethod("find", String.class).invoke(lookup, name)).orElseThrow();
            Object jint = valueLayouts.getField("JAVA_INT").get(null);
            Object jlong = valueLayouts.getField("JAVA_LONG").get(null);
            Object address = valueLayouts.getField("ADDRESS").get(null);
            Object[] args = ioctl ? new Object[] {jint, jlong, address} : new Object[] {jint, address, jlong, jint};
            Object argLayouts = Array.newInstance(layoutType, args.length);
            for (int i = 0; i < args.length; i++) {
                Array.set(argLayouts, i, args[i]);
            }
            Object descriptor = descriptorType.getMethod("of", layoutType, argLayouts.getClass())
                    .invoke(null, ioctl ? jint : jlong, argLayouts);
            Object options = Array.newInstance(optionType, ioctl ? 2 : 1);
            Array.set(options, 0, optionType.getMethod("critical", boolean.class).invoke(null, true));
            if (ioctl) {
                Array.set(options, 1, optionType.getMethod("firstVariadicArg", int.class).invoke(null, 2));
            }
            MethodHandle call = (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType, options.getClass())
                    .invoke(linker, symbol, descriptor, options);
            MethodHandle ofArray = MethodHandles.publicLookup()
                    .findStatic(segmentType, "ofArray", MethodType.methodType(segmentType, array));
            return MethodHandles.filterArguments(call, ioctl ? 2 : 1, ofArray);
        } catch (Throwable e) {
            return null; // a JDK before 22, or no libc symbol: Netty reads as it always did
        }
    }
}
