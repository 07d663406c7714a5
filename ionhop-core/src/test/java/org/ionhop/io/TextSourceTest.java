package org.ionhop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSourceTest {

    /** Numbers as data files write them parse to the value Java's own literal gives. */
    @Test
    void parsesOrdinaryNumbers() {
        TextSource src = TextSource.fromString("x.txt", "1\n");
        src.nextLine();
        assertThat(src.parseDouble("-1.25e-3", "v")).isEqualTo(-1.25e-3);
        assertThat(src.parseDouble("5.4321", "v")).isEqualTo(5.4321);
        assertThat(src.parseDouble(".5", "v")).isEqualTo(0.5);
        assertThat(src.parseDouble("+3E2", "v")).isEqualTo(300.0);
    }

    /** Java-only syntax and non-finite values are bad input, named with file and line. */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "1.5d", "2f", "0x1p3", "abc", ""})
    void rejectsWhatIsNotAFiniteNumber(String token) {
        TextSource src = TextSource.fromString("cell.txt", "a\nb\n");
        src.nextLine();
        src.nextLine();
        assertThatThrownBy(() -> src.parseDouble(token, "the cell length a"))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("cell.txt, line 2: expected the cell length a")
                .hasMessageContaining("'" + token + "'");
    }

    /** Gzip is recognised by its magic bytes, not the name; binary data is refused. */
    @Test
    void gzipByMagicAndBinaryRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        }
        try (TextSource src = TextSource.fromStream("plain-name.txt", new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(src.nextLine()).isEqualTo("line one");
            assertThat(src.requireLine("two")).isEqualTo("line two");
            assertThat(src.lineNumber()).isEqualTo(2);
            assertThatThrownBy(() -> src.requireLine("a third line")).isInstanceOf(InputFormatException.class)
                    .hasMessage("plain-name.txt, line 3: unexpected end of file; expected a third line");
        }
        assertThatThrownBy(() -> TextSource.fromStream("b.bin", new ByteArrayInputStream(new byte[] {65, 0, 66})))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("binary");
    }
}
