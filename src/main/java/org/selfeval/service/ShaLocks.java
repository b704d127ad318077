package org.selfeval.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per sha256 in flight, so copies of the same content taken at once are decided one
 * after the other: the first checks it, the others wait and then find its stored result. Entries
 * live only while someone holds or waits for them (no growth with the number of files seen).
 */
public final class ShaLocks {

    /** A held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** Waits at most {@code wait} for the content's lock; throws TransientFailure past it (retried). */
    public Held lock(String sha256, Duration wait) {
        Entry e;
        synchronized (entries) {
            e = entries.computeIfAbsent(sha256, k -> new Entry());
            e.users++;
        }
        boolean locked = false;
        try {
            locked = e.lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (!locked) {
            release(sha256, e);
            throw new TransientFailure("the same content is still being checked after " + wait.toSeconds() + " s");
        }
        return () -> {
            e.lock.unlock();
            release(sha256, e);
        };
    }

    private void release(String sha256, Entry e) {
        synchronized (entries) {
            if (--e.users == 0) {
                entries.remove(sha256);
            }
        }
    }
}
