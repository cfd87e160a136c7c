package netlab.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import netlab.engine.testing.Python;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * StreamReader, case by case, against what CPython's asyncio.StreamReader does. Each case is a
 * scenario (see {@code /cpython/stream_reader_cases.py} for the little language) and the line
 * CPython 3.11 printed for it. The cases run without Python; {@link #theTableIsWhatCPythonSaysToday}
 * re-derives every expected line from the machine's python3 when there is one.
 */
class StreamReaderCasesTest {
    private static TestLoop t;

    record Case(String name, String scenario, String cpython) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String scenario, String cpython) {
        return new Case(name, scenario, cpython);
    }

    static final List<Case> CASES = List.of(
                c("read(n) takes what is buffered, up to n, without waiting for more",
                        "feed 6162636465 ; start a read 3 ; start b read 10 ; state",
                        "[buffer=0 at_eof=False paused=False] a=ok:616263 b=ok:6465 [buffer=0 at_eof=False paused=False]"),
                c("read(n) waits for data, then returns what came; EOF reads as empty",
                        "start a read 5 ; state ; feed 6162 ; eof ; start b read 5 ; state",
                        "[buffer=0 at_eof=False paused=False] [buffer=0 at_eof=True paused=False] a=ok:6162 b=ok: [buffer=0 at_eof=True paused=False]"),
                c("read(n) at EOF drains what is left, then returns empty",
                        "feed 6162 ; eof ; start a read 5 ; start b read 5",
                        "a=ok:6162 b=ok: [buffer=0 at_eof=True paused=False]"),
                c("read(0) and readexactly(0) return empty at once",
                        "start a read 0 ; start b readexactly 0 ; state",
                        "[buffer=0 at_eof=False paused=False] a=ok: b=ok: [buffer=0 at_eof=False paused=False]"),
                c("read(-1) reads until EOF",
                        "start a read -1 ; feed 6162 ; feed 6364 ; state ; eof",
                        "[buffer=0 at_eof=False paused=False] a=ok:61626364 [buffer=0 at_eof=True paused=False]"),
                c("read(-1) keeps reading past twice the limit (no deadlock with flow control)",
                        "limit 4 ; start a read -1 ; feed 30313233343536373839 ; state ; feed 3031 ; eof",
                        "[buffer=0 at_eof=False paused=False] a=ok:303132333435363738393031 [buffer=0 at_eof=True paused=False]"),
                c("readexactly waits until n bytes are there and leaves the rest",
                        "start a readexactly 5 ; feed 616263 ; state ; feed 646566 ; state",
                        "[buffer=3 at_eof=False paused=False] [buffer=1 at_eof=False paused=False] a=ok:6162636465 [buffer=1 at_eof=False paused=False]"),
                c("readexactly at EOF raises IncompleteReadError with the partial bytes",
                        "start a readexactly 5 ; feed 616263 ; eof",
                        "a=IncompleteReadError:616263:5 [buffer=0 at_eof=True paused=False]"),
                c("readexactly refuses a negative size",
                        "start a readexactly -1",
                        "a=ValueError:readexactly size can not be less than zero [buffer=0 at_eof=False paused=False]"),
                c("readuntil finds a separator split across two chunks",
                        "feed 61620d ; start a readuntil 0d0a ; feed 0a6364 ; start b read 10",
                        "a=ok:61620d0a b=ok:6364 [buffer=0 at_eof=False paused=False]"),
                c("readuntil finds a separator built from three one-byte chunks",
                        "feed 61 ; feed 62 ; feed 0d ; start a readuntil 0d0a ; feed 0a ; state",
                        "[buffer=0 at_eof=False paused=False] a=ok:61620d0a [buffer=0 at_eof=False paused=False]"),
                c("readuntil past the limit without separator: LimitOverrunError, data kept",
                        "limit 8 ; feed 30313233343536373839 ; start a readuntil 0a ; state ; start b read 100",
                        "[buffer=10 at_eof=False paused=False] a=LimitOverrunError:10:Separator is not found, and chunk exceed the limit b=ok:30313233343536373839 [buffer=0 at_eof=False paused=False]"),
                c("readuntil with the separator past the limit: LimitOverrunError, data kept, still paused",
                        "limit 5 ; feed 303132333435363738390a ; start a readuntil 0a ; state",
                        "[buffer=11 at_eof=False paused=True] a=LimitOverrunError:10:Separator is found, but chunk is longer than limit [buffer=11 at_eof=False paused=True]"),
                c("readuntil with the separator exactly at the limit is fine, one byte past is not",
                        "limit 4 ; feed 616263640a ; start a readuntil 0a ; start b readuntil 0a ; feed 61626364650a ; start c readuntil 0a ; state",
                        "[buffer=6 at_eof=False paused=False] a=ok:616263640a b=LimitOverrunError:5:Separator is found, but chunk is longer than limit c=LimitOverrunError:5:Separator is found, but chunk is longer than limit [buffer=6 at_eof=False paused=False]"),
                c("readuntil with a two-byte separator counts the overrun as CPython does",
                        "limit 4 ; feed 616263646566 ; start a readuntil 0d0a ; state",
                        "[buffer=6 at_eof=False paused=False] a=LimitOverrunError:5:Separator is not found, and chunk exceed the limit [buffer=6 at_eof=False paused=False]"),
                c("readuntil at EOF raises IncompleteReadError with everything buffered",
                        "feed 6162 ; eof ; start a readuntil 0a ; state",
                        "[buffer=0 at_eof=True paused=False] a=IncompleteReadError:6162:None [buffer=0 at_eof=True paused=False]"),
                c("readuntil refuses an empty separator",
                        "start a readuntil -",
                        "a=ValueError:Separator should be at least one-byte string [buffer=0 at_eof=False paused=False]"),
                c("readline returns line by line and waits for the next one",
                        "feed 610a620a ; start a readline ; start b readline ; start c readline ; state",
                        "[buffer=0 at_eof=False paused=False] a=ok:610a b=ok:620a c=pending [buffer=0 at_eof=False paused=False]"),
                c("readline at EOF returns the partial line, then empty",
                        "feed 610a62 ; eof ; start a readline ; start b readline ; start c readline",
                        "a=ok:610a b=ok:62 c=ok: [buffer=0 at_eof=True paused=False]"),
                c("readline past the limit drops the long line up to its newline (ValueError)",
                        "limit 4 ; feed 61626364656667680a6e6578740a ; start a readline ; state ; start b readline",
                        "[buffer=5 at_eof=False paused=True] a=ValueError:Separator is found, but chunk is longer than limit b=ok:6e6578740a [buffer=0 at_eof=False paused=False]"),
                c("readline past the limit without newline drops the buffer (ValueError)",
                        "limit 4 ; feed 6162636465666768 ; start a readline ; state ; feed 696a0a ; start b readline",
                        "[buffer=0 at_eof=False paused=False] a=ValueError:Separator is not found, and chunk exceed the limit b=ok:696a0a [buffer=0 at_eof=False paused=False]"),
                // a socket delivers one read per loop turn, so the reader runs between the chunks
                c("readline: an overlong line, then more lines in the next read; none of them is lost",
                        "limit 10 ; start a readline ; feed 787878787878787878787878787878 ; state ; feed 6162630a6e6578740a ; eof ; start b readline ; start c readline",
                        "[buffer=0 at_eof=False paused=False] a=ValueError:Separator is not found, and chunk exceed the limit b=ok:6162630a c=ok:6e6578740a [buffer=0 at_eof=True paused=False]"),
                c("readline: the overrun is decided as the data arrives; later data is kept",
                        "limit 4 ; start a readline ; feed 6162636465 ; state ; feed 660a ; start b readline",
                        "[buffer=0 at_eof=False paused=False] a=ValueError:Separator is not found, and chunk exceed the limit b=ok:660a [buffer=0 at_eof=False paused=False]"),
                c("at_eof is true only after EOF and once the buffer is empty",
                        "state ; feed 61 ; eof ; state ; start a read 1 ; state",
                        "[buffer=0 at_eof=False paused=False] [buffer=1 at_eof=False paused=False] [buffer=0 at_eof=True paused=False] a=ok:61 [buffer=0 at_eof=True paused=False]"),
                c("an exception fails the waiting read and every read after it, read(0) included",
                        "start a read 5 ; exc ; start b read 5 ; start c read 0 ; start d readexactly 1 ; start e readline",
                        "a=ConnectionResetError:reset b=ConnectionResetError:reset c=ConnectionResetError:reset d=ConnectionResetError:reset e=ConnectionResetError:reset [buffer=0 at_eof=False paused=False]"),
                c("an exception set while data is buffered fails reads at once",
                        "feed 6162 ; exc ; start a read 5 ; start b read 0",
                        "a=ConnectionResetError:reset b=ConnectionResetError:reset [buffer=2 at_eof=False paused=False]"),
                c("a second waiter while one waits for data is a RuntimeError",
                        "start a read 5 ; start b read 5 ; start c readline ; feed 61",
                        "a=ok:61 b=RuntimeError:read() called while another coroutine is already waiting for incoming data c=RuntimeError:readuntil() called while another coroutine is already waiting for incoming data [buffer=0 at_eof=False paused=False]"),
                c("a read that need not wait succeeds while another waits (CPython only refuses a second waiter)",
                        "feed 3132333435 ; start a readexactly 10 ; start b read 1 ; start c read 1",
                        "a=pending b=ok:31 c=ok:32 [buffer=3 at_eof=False paused=False]"),
                c("readexactly can take buffered bytes while a readuntil waits",
                        "feed 3132 ; start a readuntil 0a ; start b readexactly 1",
                        "a=pending b=ok:31 [buffer=1 at_eof=False paused=False]"),
                c("pause_reading above twice the limit, resume_reading once at or under the limit",
                        "limit 4 ; feed 3031323334353637 ; state ; feed 38 ; state ; start a read 4 ; state ; start b read 1 ; state",
                        "[buffer=8 at_eof=False paused=False] [buffer=9 at_eof=False paused=True] [buffer=5 at_eof=False paused=True] [buffer=4 at_eof=False paused=False] a=ok:30313233 b=ok:34 [buffer=4 at_eof=False paused=False]"),
                c("readexactly of more than twice the limit resumes reading, then completes",
                        "limit 4 ; feed 303132333435363738 ; state ; start a readexactly 9 ; state",
                        "[buffer=9 at_eof=False paused=True] [buffer=0 at_eof=False paused=False] a=ok:303132333435363738 [buffer=0 at_eof=False paused=False]"),
                c("readline past the limit resumes a paused transport after dropping",
                        "limit 4 ; feed 30313233343536373839 ; start a readline ; state",
                        "[buffer=0 at_eof=False paused=False] a=ValueError:Separator is not found, and chunk exceed the limit [buffer=0 at_eof=False paused=False]"),
                c("a cancelled readline lets the next read run",
                        "start a readline ; cancel a ; feed 780a ; start b read 10",
                        "a=cancelled b=ok:780a [buffer=0 at_eof=False paused=False]"),
                c("a cancelled read lets the next read run",
                        "start a read 3 ; cancel a ; feed 6162 ; start b read 10",
                        "a=cancelled b=ok:6162 [buffer=0 at_eof=False paused=False]"),
                c("a cancelled readexactly leaves its bytes in the buffer",
                        "start a readexactly 3 ; feed 61 ; cancel a ; start b read 10",
                        "a=cancelled b=ok:61 [buffer=0 at_eof=False paused=False]"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @BeforeAll
    static void start() {
        t = new TestLoop();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsCPython(Case c) {
        assertThat(ReaderScenario.run(t.loop, c.scenario())).as(c.scenario()).isEqualTo(c.cpython());
    }

    @Test
    void theTableIsWhatCPythonSaysToday() throws Exception {
        String stdin = String.join("\n", CASES.stream().map(Case::scenario).toList()) + "\n";
        List<String> python = Python.script("/cpython/stream_reader_cases.py", stdin);
        assertThat(python).hasSize(CASES.size());
        for (int i = 0; i < CASES.size(); i++) {
            assertThat(python.get(i)).as(CASES.get(i).name()).isEqualTo(CASES.get(i).cpython());
        }
    }
}
