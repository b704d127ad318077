package org.selfeval.service;

import java.time.Duration;

/**
 * Who checks a content (sha256): the first copy taken is checked; a copy taken at the same time,
 * by this process or another, waits until that check is done and is then recorded as its
 * duplicate. {@link LocalContentClaims} serves one process; the Elasticsearch claims
 * ({@code service.cluster}) all processes on one node.
 */
public interface ContentClaims {

    /**
     * Claims the content for the file at {@code origin} ("batch/fileId"), waiting at most
     * {@code wait} for another copy's check; throws {@link TransientFailure} past it (retried).
     */
    Claim claim(String sha256, String origin, Duration wait);

    /** The outcome of {@link #claim}; closing it releases the content. */
    interface Claim extends AutoCloseable {

        /**
         * True: this caller checks the content (then calls {@link #done}). False: a check of it is
         * finished; its stored result says by which file.
         */
        boolean first();

        /** The check was stored (result and index): later copies are its duplicates. */
        void done();

        @Override
        void close();
    }
}
