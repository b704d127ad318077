package org.selfeval.extract;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one stage of a document (extraction, structure, analysis) on its own thread and stops it
 * when it overruns the document's {@link Deadline}, which the job may raise while it runs (pages
 * to OCR are known only once the PDF is open). Stages of one document share one deadline.
 *
 * <p>Why a thread and not an executor future: a parser stuck in a tight loop ignores
 * interruption, so after a grace period the thread is stopped outright. {@code Thread.stop} is
 * deprecated but still works on Java 17–19; on later JDKs it throws, the thread is abandoned as a
 * daemon and the batch goes on all the same.
 */
public final class TimeLimiter {

    public interface Job<T> {
        T run() throws Exception;
    }

    private static final Duration GRACE = Duration.ofSeconds(2);

    private TimeLimiter() {
    }

    @SuppressWarnings({"deprecation", "removal"})
    public static <T> T call(String name, Deadline deadline, Job<T> job) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(job.run());
            } catch (Throwable t) {
                error.set(t);
            }
        }, "doc-" + name);
        worker.setDaemon(true);
        worker.start();
        long wait;
        while (worker.isAlive() && (wait = deadline.remainingMillis()) > 0) {
            worker.join(wait); // the deadline may have been raised meanwhile: look again
        }
        if (worker.isAlive()) {
            deadline.expire(); // kills child processes (tesseract) first: stopping a thread does not
            worker.interrupt();
            worker.join(GRACE.toMillis());
            if (worker.isAlive()) {
                try {
                    worker.stop();
                } catch (UnsupportedOperationException ignored) {
                    // Newer JDKs: leave the daemon thread behind; the caller reports TIMEOUT.
                }
            }
            throw new ExtractionException(FailureCode.TIMEOUT, name + ": no result after " + deadline.limit().toSeconds()
                    + " s").withUserMessage("文件处理超时（超过" + deadline.limit().toSeconds()
                    + "秒），已停止。请检查文件是否异常（如超大表格），或联系管理员。");
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
