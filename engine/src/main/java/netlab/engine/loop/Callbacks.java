package netlab.engine.loop;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Names for callbacks, as the scheduler view shows them. Asyncio prints a handle as the function
 * it will call ({@code <Handle hello_world(<loop>)>}); Java lambdas have no such name, so a
 * callback is named, in this order, by a label given when it was scheduled, by its own
 * {@code toString()} if it has one, by the method a serializable method reference points at, or
 * else by its class. Only the scheduler view asks, so naming costs nothing while the loop runs.
 */
public final class Callbacks {
    private Callbacks() {
    }

    /** A callback with a name for the scheduler view. */
    public static Runnable named(String name, Runnable callback) {
        return new Runnable() {
            @Override
            public void run() {
                callback.run();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** The name of {@code what}: a label (a String or a Supplier of one) or a callback. */
    public static String describe(Object what) {
        if (what == null) {
            return "None";
        }
        if (what instanceof String s) {
            return s;
        }
        if (what instanceof Supplier<?> s && !isLambda(what)) {
            return String.valueOf(s.get());
        }
        if (hasOwnToString(what)) {
            return what.toString();
        }
        if (what instanceof Serializable && isLambda(what)) {
            String method = implMethod(what);
            if (method != null) {
                return method;
            }
        }
        String name = what.getClass().getSimpleName();
        int lambda = name.indexOf("$$Lambda");
        return lambda > 0 ? "<lambda in " + name.substring(0, lambda) + ">" : name;
    }

    private static boolean isLambda(Object o) {
        return o.getClass().isSynthetic() || o.getClass().getSimpleName().contains("$$Lambda");
    }

    private static boolean hasOwnToString(Object o) {
        if (isLambda(o)) {
            return false;
        }
        try {
            return o.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** {@code helloWorld} for {@code CallSoon::helloWorld}; {@code <lambda in run>} for a lambda. */
    private static String implMethod(Object lambda) {
        try {
            Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            SerializedLambda s = (SerializedLambda) writeReplace.invoke(lambda);
            String m = s.getImplMethodName();
            if (m.startsWith("lambda$")) {
                String[] parts = m.split("\\$");
                return "<lambda in " + (parts.length > 1 ? parts[1] : "?") + ">";
            }
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
