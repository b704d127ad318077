package org.selfeval.extract;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The wall-clock limit of one extraction, which the extractor may raise once it knows how much
 * slow work the document holds (pages to OCR). {@link TimeLimiter} waits on it; when it passes,
 * the expiry hooks run first (they kill child processes a stuck or stopped thread would leave
 * behind), then the thread is stopped.
 */
public final class Deadline {

    private final long startNanos = System.nanoTime();
    private volatile long limitNanos;
    private volatile boolean expired;
    private final List<Runnable> onExpiry = new CopyOnWriteArrayList<>();

    private Deadline(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** A deadline {@code limit} from now. */
    public static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    /** Raises the limit by {@code more}, counted from the start like the rest of the limit. */
    public synchronized void extend(Duration more) {
        if (!expired) {
            limitNanos += more.toNanos();
        }
    }

    /** The whole limit as it stands now (the base limit plus every extension). */
    public Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    long remainingMillis() {
        return Math.max(0, (startNanos + limitNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean expired() {
        return expired;
    }

    /** Runs {@code hook} when the deadline passes; at once if it already has. */
    public void onExpiry(Runnable hook) {
        onExpiry.add(hook);
        if (expired && onExpiry.remove(hook)) {
            hook.run();
        }
    }

    /** Marks the deadline passed and runs the hooks once each. */
    void expire() {
        synchronized (this) {
            expired = true;
        }
        for (Runnable hook : onExpiry) {
            if (onExpiry.remove(hook)) {
                hook.run();
            }
        }
    }
}
