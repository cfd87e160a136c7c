package netlab.engine.stream;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.transport.Transport;

/**
 * asyncio's {@code StreamWriter}: writes go straight to the transport; {@link #drain()} is where a
 * writer waits while the transport's buffer is over its high water mark. Loop thread only.
 */
public final class StreamWriter {
    private final EventLoop loop;
    private final Transport transport;
    private final StreamReaderProtocol protocol;
    private final StreamReader reader;

    StreamWriter(EventLoop loop, Transport transport, StreamReaderProtocol protocol, StreamReader reader) {
        this.loop = loop;
        this.transport = transport;
        this.protocol = protocol;
        this.reader = reader;
    }

    public Transport transport() {
        return transport;
    }

    public void write(Bytes data) {
        transport.write(data);
    }

    public void writelines(List<Bytes> data) {
        transport.writelines(data);
    }

    public void writeEof() {
        transport.writeEof();
    }

    public boolean canWriteEof() {
        return transport.canWriteEof();
    }

    public void close() {
        transport.close();
    }

    public boolean isClosing() {
        return transport.isClosing();
    }

    /** Done once the connection is closed. */
    public LoopFuture<Void> waitClosed() {
        return protocol.closedFuture();
    }

    /**
     * Done at once while the transport's buffer is under its high water mark; otherwise when it
     * drains under the low one. Fails if the reader saw an error or the connection was lost.
     */
    public LoopFuture<Void> drain() {
        if (reader != null && reader.exception() != null) {
            LoopFuture<Void> f = loop.createFuture();
            f.setException(reader.exception());
            return f;
        }
        if (transport.isClosing()) {
            // asyncio yields once here so that connection_lost can run before drain reports it
            LoopFuture<Void> f = loop.createFuture();
            loop.callSoon(() -> protocol.drainHelper().addDoneCallback(d -> {
                if (d.exception() != null) {
                    f.trySetException(d.exception());
                } else {
                    f.trySetResult(null);
                }
            }));
            return f;
        }
        return protocol.drainHelper();
    }

    public Address peername() {
        return transport.peername();
    }

    public Address sockname() {
        return transport.sockname();
    }

    public Object getExtraInfo(String name) {
        return transport.getExtraInfo(name);
    }

    @Override
    public String toString() {
        return "<StreamWriter " + transport + ">";
    }
}
