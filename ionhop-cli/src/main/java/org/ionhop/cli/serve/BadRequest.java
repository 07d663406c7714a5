package org.ionhop.cli.serve;

/** A request the server refuses, with the HTTP status and the one-line reason sent back as JSON. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
