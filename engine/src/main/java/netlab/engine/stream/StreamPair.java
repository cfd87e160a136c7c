package netlab.engine.stream;

/** What {@code open_connection} returns: {@code reader, writer = await asyncio.open_connection(...)}. */
public record StreamPair(StreamReader reader, StreamWriter writer) {
}
