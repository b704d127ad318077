package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Processes many files in parallel (bounded by the configured parallelism) and hands results to
 * the consumer in input order, as the output contract requires. At most a small window of results
 * is held at once, so memory does not grow with the batch.
 *
 * @param <R> the per-file result; the job must turn every failure into a result, never throw
 */
public final class BatchRunner<R> {

    private final int parallelism;
    private final Function<Path, R> job;
    private final BiFunction<Path, Throwable, R> onCrash;

    /**
     * @param onCrash builds a result for a file whose job threw anyway (a bug), so the batch goes on;
     *                it receives the exception so the result can name it
     */
    public BatchRunner(int parallelism, Function<Path, R> job, BiFunction<Path, Throwable, R> onCrash) {
        this.parallelism = Math.max(1, parallelism);
        this.job = job;
        this.onCrash = onCrash;
    }

    /** Runs every file; {@code consumer} receives (index, result) in input order. */
    public void run(List<Path> files, BiConsumer<Integer, R> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = parallelism * 4;
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < files.size()) {
                while (next < files.size() && pending.size() < window) {
                    Path file = files.get(next++);
                    pending.add(pool.submit(() -> job.apply(file)));
                }
                R result;
                try {
                    result = pending.poll().get();
                } catch (ExecutionException e) {
                    result = onCrash.apply(files.get(done), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                consumer.accept(done, result);
                done++;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
