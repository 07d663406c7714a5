package org.ionhop.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The wire format between {@link DaemonClient} and {@link DaemonServer} over a Unix-domain socket, and where the
 * socket lives. Uses only {@code java.base}, so that the client starts as fast as {@code java -version}.
 *
 * <p>Request: magic, version, operation ({@code run}, {@code ping}, {@code stop}), the identity of the jar the
 * client was started from, the working directory, the argument count, the arguments, and whether the client runs
 * on a terminal (then progress bars are sent to its stderr). Reply: frames of one kind
 * byte and a payload: {@code 'o'} and {@code 'e'} carry bytes of standard output and standard error (length, then
 * bytes), {@code 'x'} the exit code and ends the reply.
 *
 * <p>The socket is {@code ${XDG_RUNTIME_DIR:-/tmp}/ionhop-UID/HASH.sock}, HASH the first 16 hex digits of the
 * SHA-256 of the working directory's physical path: one daemon per directory, so that relative paths on the command
 * line mean what they mean to the user. The launcher computes the same name with {@code sha256sum}.
 */
public final class DaemonProtocol {
    /** "IONH". */
    static final int MAGIC = 0x494F4E48;
    static final int VERSION = 2;
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    /**
     * Exit code of the client when no daemon could take the request (none listening, another jar, another directory,
     * a command that does not run in a daemon): the launcher then runs the command itself (EX_TEMPFAIL of sysexits.h).
     */
    public static final int NOT_SERVED = 75;

    private DaemonProtocol() {
    }

    /** The directory of the sockets, {@code ${XDG_RUNTIME_DIR:-/tmp}/ionhop-UID}. */
    static Path socketDir() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = Path.of(runtime == null || runtime.isBlank() ? "/tmp" : runtime);
        // the user id as `id -u` prints it (module jdk.security.auth, part of every JDK)
        long uid = new com.sun.security.auth.module.UnixSystem().getUid();
        return base.resolve("ionhop-" + uid);
    }

    /** The socket of the daemon serving this working directory (physical path). */
    public static Path socketFor(Path workingDir) throws IOException {
        return socketDir().resolve(hash(workingDir.toRealPath().toString()) + ".sock");
    }

    /** The log file beside a socket ({@code HASH.log}): what the daemon's JVM prints, for when it does not start. */
    static Path logFor(Path socket) throws IOException {
        Path dir = privateDir(socketDir());
        String name = String.valueOf(socket.getFileName());
        return dir.resolve(name.replace(".sock", "") + ".log");
    }

    /** Creates the directory (mode 700: only its owner can enter it and so reach the socket) or restricts it. */
    static Path privateDir(Path dir) throws IOException {
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
        Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(owner));
        Files.setPosixFilePermissions(dir, owner);
        return dir;
    }

    /** First 16 hex digits of the SHA-256 of the text's UTF-8 bytes (what {@code printf %s TEXT | sha256sum} gives). */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The identity of the code this JVM runs: the jar (or class folder) with its size and modification time. A
     * daemon started before a rebuild has another identity and does not serve the new launcher.
     */
    static String identity() {
        try {
            Path p = Path.of(DaemonProtocol.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown";
        }
    }

    /** Writes one frame of bytes. */
    static void frame(DataOutputStream out, byte kind, byte[] b, int off, int len) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(len);
            out.write(b, off, len);
        }
    }

    /** Writes the exit frame and flushes. */
    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    /**
     * Copies a reply to the two streams until its exit frame.
     *
     * @return the exit code
     */
    static int copyReply(DataInputStream in, OutputStream out, OutputStream err) throws IOException {
        byte[] buf = new byte[8192];
        while (true) {
            byte kind = in.readByte();
            int n = in.readInt();
            if (kind == EXIT) {
                out.flush();
                err.flush();
                return n;
            }
            OutputStream target = kind == OUT ? out : err;
            while (n > 0) {
                int r = in.read(buf, 0, Math.min(buf.length, n));
                if (r < 0) {
                    throw new IOException("reply ended inside a frame");
                }
                target.write(buf, 0, r);
                n -= r;
            }
            if (kind == ERR) {
                err.flush();
            }
        }
    }

    /** An output stream that sends what is written as frames of one kind (buffered; a frame per flush). */
    static final class FrameStream extends OutputStream {
        private final DataOutputStream out;
        private final byte kind;
        private final byte[] buf = new byte[8192];
        private int n;

        FrameStream(DataOutputStream out, byte kind) {
            this.out = out;
            this.kind = kind;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = (byte) b;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (len > buf.length - n) {
                flush();
                if (len > buf.length) {
                    frame(out, kind, b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        @Override
        public synchronized void flush() throws IOException {
            if (n > 0) {
                frame(out, kind, buf, 0, n);
                n = 0;
            }
            synchronized (out) {
                out.flush();
            }
        }
    }
}
