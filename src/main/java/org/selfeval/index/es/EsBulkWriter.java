package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import org.selfeval.config.EsBulk;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.IndexWriteException;
import org.selfeval.index.IndexedReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The bulk writes of one {@link ElasticsearchReportIndex}, through the client's {@link BulkIngester}.
 * <p>
 * Order: Elasticsearch does not order operations of concurrent bulk requests, so a flag update
 * sent after a document's index operation could overtake it (and then be overwritten with the old
 * flag). Hence at most one operation per document id is in flight; a later one waits in its slot
 * and is sent when the earlier one has completed. Waiting operations are merged (a flag change on a
 * waiting whole document becomes that document with the new flag), so the last write always wins.
 * <p>
 * Failures: the ingester retries items answered 429 with exponential backoff; whole requests that
 * fail with 429/5xx and items answered 5xx are re-sent here with the same backoff. What still fails
 * completes the operation's futures exceptionally with the node's reason, never silently.
 */
final class EsBulkWriter implements AutoCloseable {

    /** What the writer needs from its index. */
    interface Host {
        String indexName();

        Object source(IndexedReport report);

        /** Called before an operation's slot is freed: reads must refresh to see it. */
        void written();

        /** A report's index operation failed for good: forget it and return the flag changes of its group. */
        Map<String, Boolean> failed(IndexedReport report);
    }

    /** The state of a document as this writer will leave it: a whole document, or only a flag change. */
    record Pending(IndexedReport doc, boolean current) {
        IndexedReport over(IndexedReport stored) {
            return doc != null ? doc : stored.withCurrent(current);
        }
    }

    private static final class Op {
        final String sha;
        final IndexedReport doc;
        final boolean current;
        final List<CompletableFuture<Void>> waiters = new ArrayList<>();
        int resends;

        Op(String sha, IndexedReport doc, boolean current) {
            this.sha = sha;
            this.doc = doc;
            this.current = current;
        }
    }

    private static final class Slot {
        Op inFlight;
        Op queued;
    }

    private final Host host;
    private final EsBulk settings;
    private final long waitBoundMillis;
    private final BulkIngester<Op> ingester;
    private final ScheduledExecutorService resender;
    private final Map<String, Slot> slots = new HashMap<>();

    EsBulkWriter(ElasticsearchClient client, Host host, EsBulk settings, int socketTimeoutMs) {
        this.host = host;
        this.settings = settings;
        long backoff = (long) settings.retryInitialDelayMs() * ((1L << Math.min(settings.retries(), 20)) - 1);
        // Every attempt is bounded by the socket timeout; this only keeps a lost callback from hanging a caller.
        this.waitBoundMillis = (long) socketTimeoutMs * (settings.retries() + 2) * 2 + backoff * 2;
        this.resender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "selfeval-bulk-resend");
            t.setDaemon(true);
            return t;
        });
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxBytes())
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .flushInterval(settings.flushIntervalMs(), TimeUnit.MILLISECONDS)
                .backoffPolicy(settings.retries() == 0 ? BackoffPolicy.noBackoff()
                        : BackoffPolicy.exponentialBackoff((long) settings.retryInitialDelayMs(), settings.retries()))
                .listener(new Listener()));
    }

    /** Queues the whole document; the future completes when it is stored. */
    CompletableFuture<Void> index(IndexedReport doc) {
        return enqueue(new Op(doc.sha256(), doc, doc.current()));
    }

    /** Queues a change of a document's current flag. */
    CompletableFuture<Void> flag(String sha, boolean current) {
        return enqueue(new Op(sha, null, current));
    }

    private CompletableFuture<Void> enqueue(Op op) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        op.waiters.add(done);
        boolean send;
        synchronized (this) {
            Slot slot = slots.computeIfAbsent(op.sha, k -> new Slot());
            send = slot.inFlight == null;
            if (send) {
                slot.inFlight = op;
            } else {
                slot.queued = coalesce(slot.queued, op);
            }
        }
        if (send) {
            send(op);
        }
        return done;
    }

    /** The later of two waiting operations on one document, keeping everyone's futures. */
    private static Op coalesce(Op waiting, Op later) {
        if (waiting == null) {
            return later;
        }
        Op merged = later.doc == null && waiting.doc != null
                ? new Op(later.sha, waiting.doc.withCurrent(later.current), later.current) : later;
        if (merged != later) {
            merged.waiters.addAll(later.waiters);
        }
        merged.waiters.addAll(waiting.waiters);
        return merged;
    }

    private void send(Op op) {
        try {
            ingester.add(operation(op), op);
        } catch (RuntimeException e) {
            finish(op, new IndexWriteException("报告未能写入索引：批量写入已关闭", String.valueOf(e.getMessage()), e));
        }
    }

    private BulkOperation operation(Op op) {
        String index = host.indexName();
        if (op.doc != null) {
            Object source = host.source(op.doc);
            return BulkOperation.of(b -> b.index(i -> i.index(index).id(op.sha).document(source)));
        }
        return BulkOperation.of(b -> b.update(u -> u.index(index).id(op.sha)
                .action(a -> a.doc(Map.of("current", op.current)))));
    }

    /** Completes an operation and sends the one waiting behind it on the same document. */
    private void finish(Op op, Throwable failure) {
        if (failure == null) {
            host.written();
        }
        Op next;
        synchronized (this) {
            Slot slot = slots.get(op.sha);
            next = slot.queued;
            slot.queued = null;
            slot.inFlight = next;
            if (next == null) {
                slots.remove(op.sha);
            }
            notifyAll();
        }
        if (next != null) {
            resender.execute(() -> send(next));
        } else if (failure != null && op.doc != null) {
            // The report is not in the index: its group's flags are corrected (an older version stays current).
            host.failed(op.doc).forEach(this::flag);
        }
        for (CompletableFuture<Void> w : op.waiters) {
            if (failure == null) {
                w.complete(null);
            } else {
                w.completeExceptionally(failure);
            }
        }
    }

    private void retryOrFail(Op op, Integer status, Throwable failure) {
        boolean transientStatus = status != null && (status == 429 || status >= 500);
        if (transientStatus && op.resends < settings.retries()) {
            long delay = (long) settings.retryInitialDelayMs() << Math.min(op.resends, 20);
            op.resends++;
            resender.schedule(() -> send(op), delay, TimeUnit.MILLISECONDS);
        } else {
            finish(op, failure);
        }
    }

    private final class Listener implements BulkListener<Op> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {
            // nothing to do before a request
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Op op = contexts.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item != null && item.error() == null) {
                    finish(op, null);
                } else if (item == null) {
                    finish(op, failure(op, "响应中缺少该项", null));
                } else {
                    // 429 items were already retried by the ingester's backoff policy.
                    Integer status = item.status() == 429 ? null : item.status();
                    retryOrFail(op, status, failure(op, item.status() + " " + describe(item.error()), null));
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            Integer status = EsErrors.status(failure);
            for (Op op : contexts) {
                retryOrFail(op, status, failure(op, EsErrors.describe(failure), failure));
            }
        }
    }

    private static IndexWriteException failure(Op op, String detail, Throwable cause) {
        String what = op.doc != null ? "报告未能写入 Elasticsearch 索引：" + op.doc.file()
                : "旧版本标记未能写入 Elasticsearch 索引（sha256 " + op.sha + "）";
        return new IndexWriteException(what + "，节点拒绝或没有应答（已按配置重试）。", detail, cause);
    }

    private static String describe(ErrorCause e) {
        return e == null ? "" : e.type() + ": " + e.reason() + (e.causedBy() == null ? "" : " / " + describe(e.causedBy()));
    }

    /** The pending state of a document, if this writer still has an operation for it. */
    synchronized Optional<Pending> pending(String sha) {
        Slot slot = slots.get(sha);
        if (slot == null) {
            return Optional.empty();
        }
        Op last = slot.queued != null ? slot.queued : slot.inFlight;
        IndexedReport doc = last.doc;
        if (doc == null && slot.queued != null && slot.inFlight.doc != null) {
            doc = slot.inFlight.doc.withCurrent(last.current);
        }
        return Optional.of(new Pending(doc, last.current));
    }

    /** Stored reports with this writer's pending changes applied, plus pending new ones that match. */
    List<IndexedReport> merge(List<IndexedReport> stored, Predicate<IndexedReport> matches) {
        List<IndexedReport> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndexedReport r : stored) {
            seen.add(r.sha256());
            IndexedReport now = pending(r.sha256()).map(p -> p.over(r)).orElse(r);
            if (matches.test(now)) {
                out.add(now);
            }
        }
        List<IndexedReport> fresh = new ArrayList<>();
        synchronized (this) {
            for (String sha : slots.keySet()) {
                if (!seen.contains(sha)) {
                    pending(sha).map(Pending::doc).filter(matches).ifPresent(fresh::add);
                }
            }
        }
        out.addAll(fresh);
        return out;
    }

    /** Waits for one future, sending buffered operations meanwhile. */
    void await(CompletableFuture<?> future) {
        long deadline = System.currentTimeMillis() + waitBoundMillis;
        while (!future.isDone()) {
            ingester.flush();
            try {
                future.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IndexUnavailableException("Elasticsearch 写入超时：节点在限定时间内没有确认写入。", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexUnavailableException("写入索引时被中断。", e);
            } catch (java.util.concurrent.ExecutionException e) {
                return; // the caller reads the failure from the future
            }
        }
    }

    /** Sends everything and waits until no operation is pending (stored or failed). */
    void flush() {
        long deadline = System.currentTimeMillis() + waitBoundMillis;
        while (true) {
            ingester.flush();
            synchronized (this) {
                if (slots.isEmpty()) {
                    return;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IndexUnavailableException("Elasticsearch 写入超时：节点在限定时间内没有确认写入。", null);
                }
                try {
                    wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IndexUnavailableException("写入索引时被中断。", e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            ingester.close();
            resender.shutdownNow();
        }
    }
}
