package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The detector of {@link ChineseRunWindowTest}: what it lets pass and what it catches. */
class EnglishSentencesTest {
    @Test
    void asyncioNamesAddressesBytesAndAllowedTextsPass() {
        assertThat(EnglishSentences.in("· read() → b'This is the message. '（缓冲区还剩 0 字节）", List.of())).isEmpty();
        assertThat(EnglishSentences.in("· connection_made：本端 ('127.0.0.1', 8888) ⇄ 对端 ('127.0.0.1', 51000)", List.of())).isEmpty();
        assertThat(EnglishSentences.in("· pipe_connection_lost(1, None)：子进程的 stdout 已关闭", List.of())).isEmpty();
        assertThat(EnglishSentences.in("· subprocess_exec：子进程 pid 42 已启动：/usr/bin/python3 -c 'import datetime; print(1)'", List.of()))
                .isEmpty();
        assertThat(EnglishSentences.in("⚠ · error_received(ConnectionRefusedError: [Errno 111] Connection refused)",
                List.of("ConnectionRefusedError: [Errno 111] Connection refused"))).isEmpty();
        assertThat(EnglishSentences.in("echo_client · client-3", List.of())).isEmpty();
        assertThat(EnglishSentences.in("● server-1: 运行中", List.of())).isEmpty();
        assertThat(EnglishSentences.in("proc.stdout 是 StreamReader，屏幕上显示 echo:aecho:becho:c", List.of())).isEmpty();
    }

    @Test
    void englishWordsAroundThemAreCaught() {
        assertThat(EnglishSentences.in("· listening on 127.0.0.1:10000", List.of())).containsExactly("listening on");
        assertThat(EnglishSentences.in("· server closed: [127.0.0.1:10000]", List.of())).containsExactly("server closed");
        assertThat(EnglishSentences.in("· process_exited: pid 42, exit status 0 (returncode 0)", List.of())).singleElement().asString().contains("exit status");
        assertThat(EnglishSentences.in("· read() → b'x' (0 left in the buffer)", List.of())).isNotEmpty();
        assertThat(EnglishSentences.in("3 events elided", List.of())).containsExactly("events elided");
    }
}
