package netlab.engine.loop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The JDK's own one-shot continuations (the machinery under virtual threads), used so that a task
 * body runs on the loop thread itself and suspends at each await, as a coroutine does in asyncio.
 * A body that blocks therefore blocks the loop, which is the point of the blocking-call lesson.
 *
 * <p>The class is internal to {@code java.base}; the JVM must be started with
 * {@value #REQUIRED_FLAG} (the launcher, the build and the app jar's manifest see to it). Whether
 * it was is known once, when this class loads: a program asks {@link #unavailable()} at start-up
 * and says {@link #REQUIRED} to the person; a task made anyway fails with the same words.
 */
public final class Continuations {
    /** The JVM option tasks need. */
    public static final String REQUIRED_FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";
    /** What a person is told when the JVM lacks it. */
    public static final String REQUIRED = "NetLab runs each task as a continuation on the loop thread (jdk.internal.vm.Continuation),"
            + " and this JVM does not give access to it: start java with " + REQUIRED_FLAG
            + " (./netlab and java -jar netlab-app.jar do), on a JDK 21 or newer";

    private static final MethodHandle NEW_CONTINUATION;
    private static final MethodHandle RUN;
    private static final MethodHandle YIELD;
    private static final MethodHandle IS_DONE;
    private static final Object SCOPE;
    private static final Throwable UNAVAILABLE;

    static {
        MethodHandle newContinuation = null;
        MethodHandle run = null;
        MethodHandle yield = null;
        MethodHandle isDone = null;
        Object scope = null;
        Throwable unavailable = null;
        try {
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> continuationClass = Class.forName("jdk.internal.vm.Continuation");
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle newScope = lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class));
            newContinuation = lookup.findConstructor(continuationClass,
                    MethodType.methodType(void.class, scopeClass, Runnable.class));
            run = lookup.findVirtual(continuationClass, "run", MethodType.methodType(void.class));
            yield = lookup.findStatic(continuationClass, "yield", MethodType.methodType(boolean.class, scopeClass));
            isDone = lookup.findVirtual(continuationClass, "isDone", MethodType.methodType(boolean.class));
            scope = newScope.invoke("netlab-task");
            // erased to Object so that each call below is an invokeExact on a constant handle:
            // a generic invoke goes through an adapter each time, about a fifth of a bare
            // switch's cost (docs/performance.md, seventh session)
            newContinuation = newContinuation.asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
            run = run.asType(MethodType.methodType(void.class, Object.class));
            yield = yield.asType(MethodType.methodType(boolean.class, Object.class));
            isDone = isDone.asType(MethodType.methodType(boolean.class, Object.class));
        } catch (Throwable t) {
            unavailable = t;
        }
        NEW_CONTINUATION = newContinuation;
        RUN = run;
        YIELD = yield;
        IS_DONE = isDone;
        SCOPE = scope;
        UNAVAILABLE = unavailable;
    }

    private Continuations() {
    }

    /** Why tasks cannot run on this JVM ({@link #REQUIRED}, and the JVM's own reason), or empty when they can. */
    public static Optional<String> unavailable() {
        return UNAVAILABLE == null ? Optional.empty() : Optional.of(REQUIRED + " (" + UNAVAILABLE + ")");
    }

    static Object create(Runnable body) {
        checkAvailable();
        try {
            return (Object) NEW_CONTINUATION.invokeExact(SCOPE, body);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a task continuation", t);
        }
    }

    /** Runs the body until it finishes or suspends. */
    static void run(Object continuation) {
        try {
            RUN.invokeExact(continuation);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Suspends the running body; returns when it is run again. */
    static void suspend() {
        boolean yielded;
        try {
            yielded = (boolean) YIELD.invokeExact(SCOPE);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("a task cannot await while it holds a lock (synchronized) or runs inside native code: "
                    + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (!yielded) {
            throw new IllegalStateException("the task could not suspend here");
        }
    }

    static boolean isDone(Object continuation) {
        try {
            return (boolean) IS_DONE.invokeExact(continuation);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void checkAvailable() {
        if (UNAVAILABLE != null) {
            throw new IllegalStateException(unavailable().orElseThrow(), UNAVAILABLE);
        }
    }
}
