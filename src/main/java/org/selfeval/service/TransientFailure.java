package org.selfeval.service;

/** A failure worth retrying (an I/O error reading the file), as opposed to a bad document. */
public final class TransientFailure extends RuntimeException {
    public TransientFailure(String message) {
        super(message);
    }
}
