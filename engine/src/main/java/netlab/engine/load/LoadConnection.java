package netlab.engine.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * One connection of a load run. Pingpong: send a message, wait until all of it has come back
 * (checking every byte), record the time, send the next. Stream: keep a window of bytes in
 * flight and check what comes back. Runs on its channel's event loop only.
 */
final class LoadConnection extends ChannelInboundHandlerAdapter {
    private final LoadRun run;
    private final int id;
    private final int size;
    private final boolean stream;
    private final long window;
    private ChannelHandlerContext ctx;
    private long sentPos;
    private long receivedPos;
    private int got;
    private long started;

    LoadConnection(LoadRun run, int id) {
        this.run = run;
        this.id = id;
        this.size = run.spec().size();
        this.stream = run.spec().mode() == LoadMode.STREAM;
        this.window = stream ? 4L * size : size;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        run.connected();
        if (stream) {
            topUp();
        } else {
            sendNext();
        }
    }

    private void sendNext() {
        started = System.nanoTime();
        ctx.writeAndFlush(run.pattern().slice(id, sentPos, size), ctx.voidPromise());
        sentPos += size;
    }

    private void topUp() {
        boolean wrote = false;
        while (sentPos - receivedPos < window && run.running()) {
            ctx.write(run.pattern().slice(id, sentPos, size), ctx.voidPromise());
            sentPos += size;
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            int n = buf.readableBytes();
            if (receivedPos + n > sentPos || !run.pattern().matches(id, receivedPos, buf)) {
                run.mismatch();
            }
            receivedPos += n;
            run.received(n);
            if (stream) {
                topUp();
                return;
            }
            got += n;
            if (got >= size) {
                run.request(System.nanoTime() - started);
                got = 0;
                if (run.running()) {
                    sendNext();
                }
            }
        } finally {
            buf.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (run.running()) {
            run.error("the server closed a connection while the load ran");
        }
        run.disconnected();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (run.running()) {
            run.error(String.valueOf(cause.getMessage()));
        }
        ctx.close();
    }
}
