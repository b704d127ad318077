package org.selfeval.extract;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one extraction on its own thread and stops it when it overruns its time limit.
 *
 * <p>Why a thread and not an executor future: a parser stuck in a tight loop ignores
 * interruption, so after a grace period the thread is stopped outright. {@code Thread.stop} is
 * deprecated but still works on Java 17–19; on later JDKs it throws, the thread is abandoned as a
 * daemon and the batch goes on all the same.
 */
final class TimeLimiter {

    interface Job<T> {
        T run() throws Exception;
    }

    private static final Duration GRACE = Duration.ofSeconds(2);

    private TimeLimiter() {
    }

    @SuppressWarnings({"deprecation", "removal"})
    static <T> T call(String name, Duration limit, Job<T> job) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(job.run());
            } catch (Throwable t) {
                error.set(t);
            }
        }, "extract-" + name);
        worker.setDaemon(true);
        worker.start();
        worker.join(limit.toMillis());
        if (worker.isAlive()) {
            worker.interrupt();
            worker.join(GRACE.toMillis());
            if (worker.isAlive()) {
                try {
                    worker.stop();
                } catch (UnsupportedOperationException ignored) {
                    // Newer JDKs: leave the daemon thread behind; the caller reports TIMEOUT.
                }
            }
            throw new ExtractionException(FailureCode.TIMEOUT, "no result after " + limit.toSeconds() + " s");
        }
        Throwable t = error.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
