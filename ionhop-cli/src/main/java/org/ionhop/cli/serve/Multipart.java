package org.ionhop.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts. The whole body is in memory: its size was
 * limited before it was read. File names are kept only as the client's label; they never become a path as given
 * (see {@link #safeName}).
 */
final class Multipart {
    /** One part: a form field, or a file when {@code fileName} is not null. */
    record Part(String name, String fileName, byte[] data) {
        Part {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The value of a text field. */
        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }

        boolean isFile() {
            return fileName != null;
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]{1,200})\\1");
    private static final Pattern NAME = Pattern.compile("(?i)[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    private Multipart() {
    }

    /** The boundary of a content type, or an exception naming what was expected. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new BadRequest(415, "expected a multipart/form-data request, got " + contentType);
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new BadRequest(400, "multipart/form-data without a boundary");
        }
        return m.group(2);
    }

    /** Splits a body into parts; at most {@code maxFiles} file parts. */
    static List<Part> parse(byte[] body, String boundary, int maxFiles) {
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delim, 0);
        if (pos < 0) {
            throw new BadRequest(400, "malformed multipart body: no boundary line");
        }
        int files = 0;
        while (true) {
            int after = pos + delim.length;
            if (after + 2 <= body.length && body[after] == '-' && body[after + 1] == '-') {
                return parts;  // the closing delimiter
            }
            int headersStart = skipLineBreak(body, after);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new BadRequest(400, "malformed multipart body: part without headers");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int dataStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), dataStart);
            if (next < 0) {
                throw new BadRequest(400, "malformed multipart body: part not closed by the boundary");
            }
            String name = null;
            String fileName = null;
            for (String h : headers.split("\r\n")) {
                if (h.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                    Matcher n = NAME.matcher(h);
                    if (n.find()) {
                        name = n.group(1);
                    }
                    Matcher f = FILENAME.matcher(h);
                    if (f.find()) {
                        fileName = f.group(1);
                    }
                }
            }
            if (name == null) {
                throw new BadRequest(400, "malformed multipart body: part without a name");
            }
            byte[] data = java.util.Arrays.copyOfRange(body, dataStart, next);
            // an empty file input of a form (no file chosen) is left out
            boolean noFileChosen = fileName != null && fileName.isEmpty() && data.length == 0;
            if (fileName != null && !noFileChosen && ++files > maxFiles) {
                throw new BadRequest(413, "too many files: at most " + maxFiles + " per request");
            }
            if (!noFileChosen) {
                parts.add(new Part(name, fileName, data));
            }
            pos = next + 2;
        }
    }

    private static int skipLineBreak(byte[] b, int i) {
        if (i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n') {
            return i + 2;
        }
        throw new BadRequest(400, "malformed multipart body: boundary line not ended by CRLF");
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * A file name that is safe as the last component of a path: the part after the last slash or backslash, with
     * every character other than letters, digits, dot, dash and underscore replaced by an underscore, no leading
     * dot, at most 100 characters; "upload" if nothing is left. It keeps the extension, by which the readers tell
     * formats apart (.cif, .z, .mpt, .gz).
     */
    static String safeName(String clientName) {
        String n = clientName == null ? "" : clientName;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (n.length() > 100) {
            n = n.substring(n.length() - 100);
        }
        return n.isEmpty() || n.equals(".") || n.equals("..") ? "upload" : n;
    }
}
