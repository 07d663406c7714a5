package org.ionhop.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders written through {@link AtomicFiles} get the permissions any program's new file gets in the same
 * folder (0666/0777 less the umask), not the owner-only 0600/0700 of {@code Files.createTempFile} (issue 18, 5).
 */
class OutputPermissionsTest {
    @TempDir
    Path tmp;

    private static Set<PosixFilePermission> perms(Path p) throws IOException {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void writtenFileHasTheDefaultPermissionsOfANewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(tmp.resolve("reference.txt"));
        Path written = tmp.resolve("written.txt");
        AtomicFiles.writeString(written, "x");
        assertThat(perms(written)).isEqualTo(perms(reference));
        // with the usual umask (022 or 002) others may read: the file is not owner-only
        assertThat(perms(reference)).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void replacedFileAndStagedFolderHaveTheDefaultPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(tmp.resolve("reference.txt"));
        Path referenceDir = Files.createDirectory(tmp.resolve("reference-dir"));
        Path written = tmp.resolve("written.txt");
        AtomicFiles.writeString(written, "first");
        AtomicFiles.writeString(written, "second");
        assertThat(perms(written)).isEqualTo(perms(reference));
        Path report = tmp.resolve("report");
        try (AtomicFiles.StagedDirectory d = new AtomicFiles.StagedDirectory(report)) {
            assertThat(perms(d.dir())).isEqualTo(perms(referenceDir));
            AtomicFiles.writeString(d.dir().resolve("index.html"), "page");
            d.commit();
        }
        assertThat(perms(report)).isEqualTo(perms(referenceDir));
        assertThat(perms(report.resolve("index.html"))).isEqualTo(perms(reference));
    }
}
