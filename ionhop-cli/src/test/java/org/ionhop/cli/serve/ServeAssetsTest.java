package org.ionhop.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The bundled front-end libraries are the files fetched with {@code npm pack} (sha256 as in
 * {@code web/vendor/SHA256SUMS}, licence beside each), and the pages load scripts only from the jar: no
 * {@code http(s)://} address, every {@code src} and {@code href} a file that exists, so the app works offline.
 */
class ServeAssetsTest {
    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ServeAssetsTest.class.getResourceAsStream("/web/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void vendorFilesMatchTheirChecksumsAndCarryTheirLicences() throws IOException, NoSuchAlgorithmException {
        String sums = new String(resource("vendor/SHA256SUMS"), StandardCharsets.UTF_8);
        List<String> lines = sums.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            String[] p = line.split("\\s+", 2);
            String file = p[1].replaceFirst("^\\./", "");
            byte[] data = resource("vendor/" + file);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
            assertThat(actual).as(file).isEqualTo(p[0]);
        }
        assertThat(sums).contains("3dmol-2.5.5/LICENSE", "plotly.js-basic-dist-min-4.1.1/LICENSE");
    }

    @Test
    void pagesLoadNothingFromOutside() throws IOException {
        Pattern ref = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
        for (String page : List.of("index.html", "structure.html", "analysis.html", "screen.html")) {
            String html = new String(resource(page), StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>");
            Matcher m = ref.matcher(html);
            while (m.find()) {
                String target = m.group(1).replaceFirst("\\?.*$", "").replaceFirst("^/$", "/index.html");
                assertThat(target).as(page).startsWith("/");
                resource(target.substring(1));
            }
        }
    }
}
