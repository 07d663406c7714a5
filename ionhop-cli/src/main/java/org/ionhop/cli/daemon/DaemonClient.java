package org.ionhop.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's way into a running {@link DaemonServer}: sends the command line and the working directory, copies
 * the command's standard output and error to its own, and exits with the command's code. It loads only
 * {@code java.base} classes, so it starts in about the time of {@code java -version}. When no daemon takes the
 * request it prints nothing and exits with {@link DaemonProtocol#NOT_SERVED}; the launcher then runs the command
 * in a JVM of its own.
 */
public final class DaemonClient {
    private DaemonClient() {
    }

    /** {@code DaemonClient SOCKET ARG...}: runs ionhop ARG... in the daemon at SOCKET. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.exit(DaemonProtocol.NOT_SERVED);
        }
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        List<String> command = Arrays.asList(args).subList(1, args.length);
        int code;
        try {
            boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));
            code = request(Path.of(args[0]), "run", Path.of(System.getProperty("user.dir")), command, terminal, out,
                    err);
        } catch (IOException e) {
            code = 1;
            try {
                err.write(("ionhop: lost the connection to the daemon (" + e.getMessage() + ")\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException ignored) {
                // nothing more can be said
            }
        }
        System.exit(code);
    }

    /**
     * Sends one request and copies the reply.
     *
     * @param socket     the daemon's socket
     * @param operation  {@code run}, {@code ping} or {@code stop}
     * @param workingDir the directory the arguments are relative to
     * @param args       the ionhop arguments (for {@code run})
     * @return the exit code, or {@link DaemonProtocol#NOT_SERVED} when no daemon answers at the socket
     * @throws IOException when the connection breaks after the daemon took the request
     */
    static int request(Path socket, String operation, Path workingDir, List<String> args, OutputStream out,
                       OutputStream err) throws IOException {
        return request(socket, operation, workingDir, args, false, out, err);
    }

    /** As {@link #request(Path, String, Path, List, OutputStream, OutputStream)}, saying whether a terminal shows err. */
    static int request(Path socket, String operation, Path workingDir, List<String> args, boolean terminal,
                       OutputStream out, OutputStream err) throws IOException {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (java.net.ConnectException e) {
            // a socket file nobody listens on: the daemon died without removing it (killed, machine crash)
            java.nio.file.Files.deleteIfExists(socket);
            return DaemonProtocol.NOT_SERVED;
        } catch (IOException | UnsupportedOperationException e) {
            // no daemon at the socket, or a platform without Unix-domain sockets (SocketChannel.open throws
            // UnsupportedOperationException there): the launcher runs the command itself
            return DaemonProtocol.NOT_SERVED;
        }
        try (ch; DataOutputStream req = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
             DataInputStream reply = new DataInputStream(Channels.newInputStream(ch))) {
            req.writeInt(DaemonProtocol.MAGIC);
            req.writeInt(DaemonProtocol.VERSION);
            req.writeUTF(operation);
            req.writeUTF(DaemonProtocol.identity());
            req.writeUTF(workingDir.toRealPath().toString());
            req.writeInt(args.size());
            for (String a : args) {
                req.writeUTF(a);
            }
            req.writeBoolean(terminal);
            req.flush();
            return DaemonProtocol.copyReply(reply, out, err);
        }
    }
}
