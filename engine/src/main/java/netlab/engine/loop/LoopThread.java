package netlab.engine.loop;

import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.FastThreadLocalThread;
import netlab.engine.net.ChannelIoListener;

/**
 * The thread a lab's loop runs on. It knows its loop, so that code running on it can find the
 * running loop the way {@code asyncio.get_running_loop()} does, without a thread-local lookup.
 */
final class LoopThread extends FastThreadLocalThread implements ChannelIoListener {
    private final EventLoop loop;

    LoopThread(ThreadGroup group, Runnable body, String name, EventLoop loop) {
        super(group, body, name);
        this.loop = loop;
    }

    EventLoop loop() {
        return loop;
    }

    @Override
    public void channelIoHandled() {
        loop.readyQueue().iterateAfterChannelIo();
    }

    /** Makes a loop's thread a {@link LoopThread}, so code on it can find its loop. */
    static final class Factory extends DefaultThreadFactory {
        private final EventLoop loop;

        Factory(EventLoop loop) {
            super("netlab-loop", true);
            this.loop = loop;
        }

        @Override
        protected Thread newThread(Runnable r, String name) {
            return new LoopThread(threadGroup, r, name, loop);
        }
    }
}
