package org.selfeval.service;

import java.time.Duration;

/**
 * Content claims within one process: a lock per sha256 in flight ({@link ShaLocks}); the stored
 * result by sha256 is the record that a content was checked. A stored result of the same file (a
 * crash between its commit and its move) is checked again, as before.
 */
public final class LocalContentClaims implements ContentClaims {

    private final ShaLocks locks = new ShaLocks();
    private final ResultStore results;

    public LocalContentClaims(ResultStore results) {
        this.results = results;
    }

    @Override
    public Claim claim(String sha256, String origin, Duration wait) {
        ShaLocks.Held held = locks.lock(sha256, wait);
        boolean first;
        try {
            first = results.get(sha256).map(s -> s.origin().equals(origin)).orElse(true);
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        return new Claim() {
            @Override
            public boolean first() {
                return first;
            }

            @Override
            public void done() {
                // the stored result is the record
            }

            @Override
            public void close() {
                held.close();
            }
        };
    }
}
