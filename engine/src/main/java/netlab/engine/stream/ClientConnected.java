package netlab.engine.stream;

/** The coroutine {@code start_server} runs for each connection: {@code async def handler(reader, writer)}. */
@FunctionalInterface
public interface ClientConnected {
    void handle(StreamReader reader, StreamWriter writer) throws Exception;
}
