package org.selfeval.service;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Drops clients that stop sending (service.http): a connection whose first request head has not
 * arrived within the header timeout is closed; a request body that makes no progress for the body
 * timeout is answered 408 and its connection closed. The server's own time to answer is not
 * counted, so a slow page image is never cut off here (the idle timeout covers idle connections).
 */
final class ReadTimeouts {

    private final long headerMillis;
    private final long bodyMillis;
    /** Connections that have sent a request head; touched on their event loops, hence synchronized. */
    private final Set<HttpConnection> started = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    ReadTimeouts(int headerSeconds, int bodySeconds) {
        this.headerMillis = headerSeconds * 1000L;
        this.bodyMillis = bodySeconds * 1000L;
    }

    long bodySeconds() {
        return bodyMillis / 1000;
    }

    void connected(Vertx vertx, HttpConnection connection) {
        vertx.setTimer(headerMillis, id -> {
            if (!started.contains(connection)) {
                connection.close();
            }
        });
    }

    /** Called once the request head is in: watches the body until it has all arrived. */
    void request(RoutingContext ctx, Runnable onStall) {
        HttpServerRequest request = ctx.request();
        started.add(request.connection());
        if (request.isEnded()) {
            return;
        }
        long[] last = {request.bytesRead(), System.nanoTime()};
        long period = Math.max(100, Math.min(1000, bodyMillis / 4));
        long timer = ctx.vertx().setPeriodic(period, id -> {
            if (request.isEnded() || ctx.response().ended()) {
                ctx.vertx().cancelTimer(id);
            } else if (request.bytesRead() != last[0]) {
                last[0] = request.bytesRead();
                last[1] = System.nanoTime();
            } else if ((System.nanoTime() - last[1]) / 1_000_000 >= bodyMillis) {
                ctx.vertx().cancelTimer(id);
                onStall.run();
            }
        });
        ctx.addEndHandler(v -> ctx.vertx().cancelTimer(timer));
    }
}
