package netlab.engine.net;

/**
 * Told by a TCP channel's epoll handle each time it has handled one ready event (a read, its
 * callbacks and all), before the next ready channel of the same wait is looked at. The thread of a
 * loop that wants to hear it implements this; the handle finds it as its current thread.
 */
public interface ChannelIoListener {
    void channelIoHandled();
}
