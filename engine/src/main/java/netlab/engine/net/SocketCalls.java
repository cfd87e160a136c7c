package netlab.engine.net;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * libc's {@code recv} into a Java array, {@code send} from one and {@code ioctl(FIONREAD)},
 * through the JDK's foreign function API with critical downcalls, which take the heap array
 * itself (JDK 22 and later). The build targets release 21, where that API is a preview, so the
 * handles are made reflectively; on a JDK without it {@link #available()} is false and reads and
 * writes take Netty's path.
 */
final class SocketCalls {
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final long FIONREAD = 0x541B;
    /** (int fd, byte[] into, long length, int flags) long */
    private static final MethodHandle RECV = downcall("recv", byte[].class, false);
    /** (int fd, long request, int[] out) int */
    private static final MethodHandle IOCTL = downcall("ioctl", int[].class, true);
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    /** (Object callState, int fd, byte[] from, long offset, long length, int flags) long */
    private static final MethodHandle SEND = sendCall();
    /** (Object callState, long offset) int: the errno a call left in its call state */
    private static final MethodHandle ERRNO = errnoGetter();
    /** () Object: a new segment for a call's state, freed once unreachable */
    private static final MethodHandle NEW_CALL_STATE = callStateAllocator();
    /** Each thread's own, so that loops on several threads never read each other's errno. */
    private static final ThreadLocal<Object> CALL_STATE = ThreadLocal.withInitial(SocketCalls::newCallState);

    private SocketCalls() {
    }

    static boolean available() {
        return RECV != null && IOCTL != null && SEND != null && ERRNO != null && NEW_CALL_STATE != null;
    }

    /**
     * What send took of {@code length} bytes at {@code offset}, never blocking and never raising
     * SIGPIPE: 0 when the socket is full (EAGAIN) or the call was interrupted, {@code -errno} on
     * any other error.
     */
    static long send(int fd, byte[] from, int offset, int length) {
        try {
            Object state = CALL_STATE.get();
            long sent = (long) SEND.invokeExact(state, fd, from, (long) offset, (long) length, MSG_DONTWAIT | MSG_NOSIGNAL);
            if (sent >= 0) {
                return sent;
            }
            int errno = (int) ERRNO.invokeExact(state, 0L);
            return errno == EAGAIN || errno == EINTR ? 0 : -errno;
        } catch (Throwable t) {
            throw new IllegalStateException("send", t);
        }
    }

    /** send(state, fd, ofArray(from).asSlice(offset), length, flags): the slice is what the pointer becomes. */
    private static MethodHandle sendCall() {
        MethodHandle call = segmentCall("send", false, true);
        if (call == null) {
            return null;
        }
        try {
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            MethodHandle ofArray = MethodHandles.publicLookup()
                    .findStatic(segmentType, "ofArray", MethodType.methodType(segmentType, byte[].class));
            MethodHandle slice = MethodHandles.publicLookup()
                    .findVirtual(segmentType, "asSlice", MethodType.methodType(segmentType, long.class));
            MethodHandle send = MethodHandles.collectArguments(call, 2, MethodHandles.filterArguments(slice, 0, ofArray));
            return send.asType(MethodType.methodType(long.class, Object.class, int.class, byte[].class, long.class, long.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static MethodHandle errnoGetter() {
        try {
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> pathType = Class.forName("java.lang.foreign.MemoryLayout$PathElement");
            Object path = Array.newInstance(pathType, 1);
            Array.set(path, 0, pathType.getMethod("groupElement", String.class).invoke(null, "errno"));
            VarHandle errno = (VarHandle) layoutType.getMethod("varHandle", path.getClass()).invoke(callStateLayout(), path);
            return errno.toMethodHandle(VarHandle.AccessMode.GET).asType(MethodType.methodType(int.class, Object.class, long.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static MethodHandle callStateAllocator() {
        try {
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Object arena = Class.forName("java.lang.foreign.Arena").getMethod("ofAuto").invoke(null);
            MethodHandle allocate = MethodHandles.publicLookup().unreflect(
                    Class.forName("java.lang.foreign.SegmentAllocator").getMethod("allocate", layoutType));
            return MethodHandles.insertArguments(allocate, 0, arena, callStateLayout()).asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object newCallState() {
        try {
            return (Object) NEW_CALL_STATE.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("no memory for a call's state", t);
        }
    }

    private static Object callStateLayout() throws ReflectiveOperationException {
        return Class.forName("java.lang.foreign.Linker$Option").getMethod("captureStateLayout").invoke(null);
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
        MethodHandle call = segmentCall(name, ioctl, false);
        if (call == null) {
            return null;
        }
        try {
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            MethodHandle ofArray = MethodHandles.publicLookup()
                    .findStatic(segmentType, "ofArray", MethodType.methodType(segmentType, array));
            return MethodHandles.filterArguments(call, ioctl ? 2 : 1, ofArray);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The downcall itself, its pointer argument a {@code MemorySegment}, and with {@code errno} a
     * first argument more: the segment where the call leaves errno. Null where there is none.
     */
    private static MethodHandle segmentCall(String name, boolean ioctl, boolean errno) {
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
            Object options = Array.newInstance(optionType, ioctl || errno ? 2 : 1);
            Array.set(options, 0, optionType.getMethod("critical", boolean.class).invoke(null, true));
            if (ioctl) {
                Array.set(options, 1, optionType.getMethod("firstVariadicArg", int.class).invoke(null, 2));
            }
            if (errno) {
                Object names = Array.newInstance(String.class, 1);
                Array.set(names, 0, "errno");
                Array.set(options, 1, optionType.getMethod("captureCallState", String[].class).invoke(null, names));
            }
            return (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType, options.getClass())
                    .invoke(linker, symbol, descriptor, options);
        } catch (Throwable e) {
            return null; // a JDK before 22, or no libc symbol: Netty reads as it always did
        }
    }
}
