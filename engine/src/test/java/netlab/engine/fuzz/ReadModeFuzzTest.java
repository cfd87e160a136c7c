package netlab.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import netlab.engine.bytes.Bytes;
import netlab.engine.stream.ReadMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code --read chunk:N|line|exactly:N|until:SEP} and a preset's {@code read}: any text is a
 * read mode or an IllegalArgumentException that says what is allowed (never a
 * NumberFormatException or an index out of bounds); and every mode reads back from what it prints.
 */
@Tag("fuzz")
class ReadModeFuzzTest {
    private static final Duration BUDGET = Duration.ofMillis(1500);

    @Test
    void anyTextIsAReadModeOrAClearRefusal() {
        Fuzz.run("ReadMode.parse on any text", 5_000, BUDGET, (r, i) -> {
            String prefix = new String[] {"chunk:", "exactly:", "until:", "line", "CHUNK:", " until:", "", "chunk", "exactly"}[r.nextInt(9)];
            String rest = r.nextInt(3) == 0 ? Integer.toString(r.nextInt()) : Fuzz.nastyText(r, 12);
            String text = prefix + rest;
            try {
                ReadMode mode = ReadMode.parse(text);
                assertThat(ReadMode.parse(mode.toString())).as(text).isEqualTo(mode);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getClass().getName()).as(text)
                        .isIn(IllegalArgumentException.class.getName(), "netlab.engine.bytes.ByteInput$BadInputException");
                assertThat(refused.getMessage()).as(text).isNotBlank();
            }
        });
    }

    @Test
    void everyModeReadsBackFromWhatItPrints() {
        Fuzz.run("ReadMode printed and parsed", 5_000, BUDGET, (r, i) -> {
            ReadMode mode = switch (r.nextInt(4)) {
                case 0 -> ReadMode.chunk(1 + r.nextInt(ReadMode.MAX_SIZE));
                case 1 -> ReadMode.line();
                case 2 -> new ReadMode(ReadMode.Kind.EXACTLY, 1 + r.nextInt(ReadMode.MAX_SIZE), null);
                default -> new ReadMode(ReadMode.Kind.UNTIL, 0, Bytes.wrap(Fuzz.bytes(r, 6)).concat(Bytes.of((byte) r.nextInt())));
            };
            assertThat(ReadMode.parse(mode.toString())).as("%s", mode).isEqualTo(mode);
        });
    }
}
