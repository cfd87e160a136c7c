package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Thirty students answer at once, then all change their minds at once: the histogram counts each exactly once. */
class ThirtyStudentsTest {
    private static final int N = 30;

    @Test
    void everyStudentIsCountedOnceWithTheirLatestAnswer() throws Exception {
        try (TestClass room = new TestClass()) {
            List<StudentClient> students = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                students.add(room.joined("student " + i));
            }
            room.session.ask("reads");
            students.forEach(s -> s.await("question"));
            ExecutorService pool = Executors.newFixedThreadPool(N);
            try {
                answerAllAtOnce(pool, students, i -> i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C");
                Histogram first = room.await(ClassEvent.AnswersChanged.class, c -> c.histogram().answered() == N).histogram();
                assertThat(first.count("A") + first.count("B") + first.count("C")).isEqualTo(N);
                assertThat(first.count("A")).isEqualTo(10);
                // everyone changes to B, at once
                answerAllAtOnce(pool, students, i -> "B");
                room.await(ClassEvent.AnswersChanged.class, c -> c.histogram().count("B") == N);
            } finally {
                pool.shutdownNow();
            }
            room.session.reveal();
            for (StudentClient s : students) {
                String reveal = s.await("reveal");
                assertThat(reveal).contains("{\"value\":\"A\",\"count\":0}", "{\"value\":\"B\",\"count\":30}", "\"answered\":30");
            }
            Histogram last = room.session.snapshot().histogram();
            assertThat(last.answered()).isEqualTo(N);
            assertThat(last.students()).isEqualTo(N);
            // each AnswersChanged counts at most N answers: never anyone twice
            assertThat(room.events()).filteredOn(e -> e instanceof ClassEvent.AnswersChanged)
                    .allSatisfy(e -> assertThat(((ClassEvent.AnswersChanged) e).histogram().bins().stream()
                            .mapToInt(Histogram.Bin::count).sum()).isLessThanOrEqualTo(N));
        }
    }

    private static void answerAllAtOnce(ExecutorService pool, List<StudentClient> students,
                                        java.util.function.IntFunction<String> answerOf) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            StudentClient s = students.get(i);
            String value = answerOf.apply(i);
            sent.add(CompletableFuture.runAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.answer("reads", value);
                s.await("answered");
            }, pool));
        }
        go.countDown();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
}
