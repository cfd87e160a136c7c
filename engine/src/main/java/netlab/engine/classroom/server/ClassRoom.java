package netlab.engine.classroom.server;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.EventExecutor;
import netlab.engine.classroom.ClassEvent;

/**
 * The students' pages that joined, and what the session tells all of them: a question asked, an
 * answer revealed, the end. The live histogram is not sent to students (their own answer first;
 * the counts come with the reveal).
 */
final class ClassRoom {
    private final ChannelGroup joined;

    ClassRoom(EventExecutor executor) {
        this.joined = new DefaultChannelGroup("class-students", executor);
    }

    void joined(Channel channel) {
        joined.add(channel); // a closed channel leaves the group by itself
    }

    /** Called on the session's event thread. */
    void on(ClassEvent e) {
        switch (e) {
            case ClassEvent.QuestionAsked q -> broadcast(StudentMessages.question(q.question(), q.number(), q.of(), null));
            case ClassEvent.AnswerRevealed r -> broadcast(StudentMessages.reveal(r.question(), r.histogram()));
            case ClassEvent.Ended ended -> {
                broadcast(StudentMessages.ended());
                for (Channel c : joined) {
                    Closing.close(c, WebSocketCloseStatus.NORMAL_CLOSURE, "the class has ended");
                }
            }
            default -> { }
        }
    }

    private void broadcast(String json) {
        // one frame per channel: a frame's buffer is written once
        for (Channel c : joined) {
            c.writeAndFlush(new TextWebSocketFrame(json));
        }
    }

    int size() {
        return joined.size();
    }
}
