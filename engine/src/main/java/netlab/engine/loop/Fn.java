package netlab.engine.loop;

import java.io.Serializable;

/**
 * A callback with its arguments, as asyncio schedules them: {@code loop.call_soon(hello_world, loop)}
 * is {@code loop.callSoon(CallSoon::helloWorld, loop)}. Serializable only so that the scheduler
 * view can name the method a reference points at ({@code helloWorld(<loop>)}).
 */
public final class Fn {
    private Fn() {
    }

    @FunctionalInterface
    public interface Fn0 extends Serializable {
        void call() throws Exception;
    }

    @FunctionalInterface
    public interface Fn1<A> extends Serializable {
        void call(A a) throws Exception;
    }

    @FunctionalInterface
    public interface Fn2<A, B> extends Serializable {
        void call(A a, B b) throws Exception;
    }

    /** A call for the scheduler view: the function's name and its arguments' reprs. */
    record Call(Object function, Object... args) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(Callbacks.describe(function)).append('(');
            for (int i = 0; i < args.length; i++) {
                s.append(i == 0 ? "" : ", ").append(netlab.engine.pytext.PyStr.repr(args[i]));
            }
            return s.append(')').toString();
        }
    }
}
