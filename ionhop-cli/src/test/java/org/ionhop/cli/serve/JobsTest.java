package org.ionhop.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server keeps a bounded number of finished analyses and deletes the folders of those it forgets. */
class JobsTest {
    @Test
    void oldestFinishedJobsAreForgottenWithTheirFolders(@TempDir Path work) throws Exception {
        List<Job> submitted = new ArrayList<>();
        try (Jobs jobs = new Jobs(1, 8, 60, 2)) {
            for (int i = 0; i < 4; i++) {
                Path dir = Files.createDirectories(work.resolve("s").resolve("job" + i).resolve("out"))
                        .getParent();
                Files.writeString(dir.resolve("out").resolve("result.txt"), "x");
                Job j = new Job(Jobs.newId(), "s", "transport", List.of("transport", "--help"), dir);
                jobs.submit(j);
                submitted.add(j);
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            // the worker forgets the oldest right after it marks a job finished: wait for both
            while (!(submitted.get(3).finished() && jobs.of("s").size() == 2) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(submitted.get(3).finished()).isTrue();
            // one worker runs them in order: the first two finished first and are gone, files and all
            assertThat(jobs.of("s")).containsExactly(submitted.get(2), submitted.get(3));
            assertThat(jobs.get(submitted.get(0).id, "s")).isNull();
            assertThat(Files.exists(submitted.get(0).dir)).isFalse();
            assertThat(Files.exists(submitted.get(1).dir)).isFalse();
            assertThat(Files.exists(submitted.get(3).outDir().resolve("result.txt"))).isTrue();
            assertThat(submitted.get(3).stdout).contains("Usage:");
        }
    }
}
