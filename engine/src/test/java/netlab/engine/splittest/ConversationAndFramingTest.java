package netlab.engine.splittest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** The conversation file, the framings and the grid: the bad input each names where it is. */
class ConversationAndFramingTest {
    @Test
    void aConversationFileReadsEachSideInTheComposersModes() {
        Conversation c = ConversationFile.parse("""
                # comment
                hello\\n => HELLO\\n

                hex: 00 02 6f 6b   =>   hex: 00 02 4f 4b
                text: hi there\\n => escaped: x
                """, "c.txt", false);
        assertThat(c.exchanges()).hasSize(3);
        assertThat(c.exchanges().get(0).request()).isEqualTo(Bytes.utf8("hello\n"));
        assertThat(c.exchanges().get(1).request()).isEqualTo(Bytes.of((byte) 0, (byte) 2, (byte) 'o', (byte) 'k'));
        assertThat(c.exchanges().get(1).line()).isEqualTo(4);
        assertThat(c.exchanges().get(2).request()).isEqualTo(Bytes.utf8("hi there\\n"));
        assertThat(c.requests()).isEqualTo(Bytes.utf8("hello\n").concat(Bytes.of((byte) 0, (byte) 2, (byte) 'o', (byte) 'k'))
                .concat(Bytes.utf8("hi there\\n")));
    }

    @Test
    void aMalformedLineIsNamedByLineAndColumn() {
        assertThatThrownBy(() -> ConversationFile.parse("ok\\n => OK\\n\nbad\\q => x\n", "c.txt", false))
                .isInstanceOf(ConversationException.class)
                .hasMessage("c.txt:2:4: the request (escaped): unknown escape \\q")
                .satisfies(e -> {
                    assertThat(((ConversationException) e).line()).isEqualTo(2);
                    assertThat(((ConversationException) e).column()).isEqualTo(4);
                });
        assertThatThrownBy(() -> ConversationFile.parse("a\\n => hex: 4g\n", "c.txt", false))
                .hasMessage("c.txt:1:14: the response (hex): 'g' is not a hex digit");
        assertThatThrownBy(() -> ConversationFile.parse("just a request\\n\n", "c.txt", false))
                .hasMessageStartingWith("c.txt:1: no '=>' on this line");
        assertThatThrownBy(() -> ConversationFile.parse("# nothing\n", "c.txt", false))
                .hasMessageContaining("no exchange in the file");
        assertThat(ConversationFile.parse("just a request\\n\n", "c.txt", true).responses()).isEqualTo(Bytes.EMPTY);
    }

    @Test
    void aLineWrittenBackReadsToTheSameBytes() {
        Exchange e = new Exchange(Bytes.of((byte) ' ', (byte) '=', (byte) '>', (byte) 0, (byte) '\n'), Bytes.utf8("a b "), 0);
        Conversation back = ConversationFile.parse(ConversationFile.line(e), "x", false);
        assertThat(back.exchanges().get(0).request()).isEqualTo(e.request());
        assertThat(back.exchanges().get(0).response()).isEqualTo(e.response());
    }

    @Test
    void framingsCutTheRequestsIntoMessagesAndMarkTheirDelimitersAndHeaders() {
        List<Framing.Message> lines = Framing.parse("lines").messages(Bytes.utf8("ab\r\ncd\n"));
        assertThat(lines).containsExactly(new Framing.Message(0, 4, 2, 4), new Framing.Message(4, 7, 6, 7));
        List<Framing.Message> length = Framing.parse("length:2be").messages(Bytes.of((byte) 0, (byte) 1, (byte) 'x', (byte) 0, (byte) 0));
        assertThat(length).containsExactly(new Framing.Message(0, 3, 0, 2), new Framing.Message(3, 5, 3, 5));
        assertThat(Framing.parse("length:2le").messages(Bytes.of((byte) 1, (byte) 0, (byte) 'x'))).hasSize(1);
        assertThat(Framing.parse("delimiter:\\r\\n\\r\\n").messages(Bytes.utf8("a\r\n\r\nb\r\n\r\n"))).hasSize(2);
        assertThat(Framing.parse("fixed:3").messages(Bytes.utf8("abcdef"))).hasSize(2);
        assertThat(Framing.parse("none").messages(Bytes.utf8("abc"))).hasSize(1);
    }

    @Test
    void framingThatDoesNotMatchTheRequestsSaysWhereWithTheFirstOffendingBytes() {
        assertThatThrownBy(() -> Framing.parse("lines").messages(Bytes.utf8("ok\nno newline")))
                .isInstanceOf(FramingMismatch.class)
                .hasMessage("--framing lines does not match the requests: the last 10 bytes do not end with a '\\n': b'no newline'");
        assertThatThrownBy(() -> Framing.parse("length:2be").messages(Bytes.utf8("hello\n")))
                .hasMessage("--framing length:2be does not match the requests: the header at byte 0 says 26725 bytes follow, 4 do: b'hello\\n'");
        assertThatThrownBy(() -> Framing.parse("fixed:4").messages(Bytes.utf8("abcdef")))
                .hasMessageContaining("the last 2 are b'ef'");
    }

    @Test
    void badFramingSpecsAreRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> Framing.parse("lenght:2")).hasMessageContaining("unknown framing 'lenght'; one of lines, delimiter:SEP");
        assertThatThrownBy(() -> Framing.parse("length:3")).hasMessageContaining("a length header is 1, 2, 4 or 8 bytes, was 3");
        assertThatThrownBy(() -> Framing.parse("fixed:x")).hasMessageContaining("'x' is not a whole number");
        assertThatThrownBy(() -> Framing.parse("delimiter:")).hasMessageContaining("write it as delimiter:SEP");
        assertThatThrownBy(() -> Framing.parse("lines:2")).hasMessageContaining("lines takes no argument");
    }

    @Test
    void theGridAimsCutsInsideEveryDelimiterAndHeaderAndStaysUnderItsCap() {
        Bytes stream = Bytes.utf8("ab\r\ncd\r\nef\r\n");
        List<Framing.Message> messages = Framing.parse("lines").messages(stream);
        List<SplitCase> grid = CaseGrid.build(stream, messages, 64, 7);
        assertThat(grid.get(0).kind()).isEqualTo(SplitCase.Kind.PER_MESSAGE);
        assertThat(grid.get(0).plan().cuts()).containsExactly(4, 8);
        assertThat(grid).extracting(SplitCase::kind).contains(SplitCase.Kind.BYTE_AT_A_TIME, SplitCase.Kind.INSIDE_MARK,
                SplitCase.Kind.COALESCED, SplitCase.Kind.DELAY_BEFORE_LAST_BYTE, SplitCase.Kind.HALF_CLOSE, SplitCase.Kind.RANDOM);
        assertThat(grid.stream().filter(c -> c.kind() == SplitCase.Kind.INSIDE_MARK).map(c -> c.plan().describe(stream, 200)))
                .containsExactly("b'ab\\r' | b'\\n' | b'cd\\r\\n' | b'ef\\r\\n'", "b'ab\\r\\n' | b'cd\\r' | b'\\n' | b'ef\\r\\n'",
                        "b'ab\\r\\n' | b'cd\\r\\n' | b'ef\\r' | b'\\n'");
        assertThat(grid).hasSize(64);
        assertThat(CaseGrid.build(stream, messages, 5, 7)).hasSize(5);
        assertThat(CaseGrid.build(stream, messages, 64, 7)).extracting(c -> c.plan().describe(stream, 200))
                .isEqualTo(grid.stream().map(c -> c.plan().describe(stream, 200)).toList());
        Bytes framed = Bytes.of((byte) 0, (byte) 2, (byte) 'o', (byte) 'k');
        List<SplitCase> lengthGrid = CaseGrid.build(framed, Framing.parse("length:2be").messages(framed), 64, 1);
        assertThat(lengthGrid.stream().filter(c -> c.kind() == SplitCase.Kind.INSIDE_MARK).map(c -> c.plan().describe(framed, 200)))
                .containsExactly("b'\\x00' | b'\\x02ok'");
    }

    @Test
    void shrinkingKeepsTheFewestChangesThatStillFailAndMovesTheCutToTheSmallestPiece() {
        Bytes stream = Bytes.utf8("hello\nworld\n");
        List<Framing.Message> messages = Framing.parse("lines").messages(stream);
        SplitPlan reference = SplitPlan.perMessage(messages, stream.size());
        int[] all = new int[stream.size() - 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        // a server that breaks when any write ends inside the second message
        Shrinker s = new Shrinker(reference, messages, 200, plan -> {
            for (int c : plan.cuts()) {
                if (c > 6 && c < 12) {
                    return true;
                }
            }
            return false;
        });
        SplitPlan smallest = s.shrink(new SplitPlan(stream.size(), all, new int[0], false));
        assertThat(smallest.describe(stream, 200)).isEqualTo("b'hello\\n' | b'w' | b'orld\\n'");
        assertThat(s.runs()).isPositive().isLessThan(40);
    }

    @Test
    void optionsAreCheckedWithReasons() {
        SplitTestOptions o = SplitTestOptions.of(new netlab.engine.net.HostPort("127.0.0.1", 7), new Framing.Lines());
        assertThat(o.maxCases()).isEqualTo(SplitTestOptions.DEFAULT_CASES);
        assertThatThrownBy(() -> o.withCases(0)).hasMessage("cases must be 1..10000, was 0");
        assertThatThrownBy(() -> o.withTimeout(java.time.Duration.ofMillis(1))).hasMessageContaining("the timeout must be 10..300000 ms");
        assertThatThrownBy(() -> o.withMaxBytes(0)).hasMessageContaining("the byte cap must be positive");
    }
}
