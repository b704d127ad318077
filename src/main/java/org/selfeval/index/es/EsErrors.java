package org.selfeval.index.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;

/** The HTTP status and a one-line description of a failed call to the node, for retries and details. */
final class EsErrors {

    private EsErrors() {
    }

    /** The node's HTTP status in the failure or its causes, or null when none answered (connection failure). */
    static Integer status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ElasticsearchException e) {
                return e.status();
            }
            if (t instanceof TransportException e && e.statusCode() > 0) {
                return e.statusCode();
            }
            if (t instanceof ResponseException e) {
                return e.getResponse().getStatusCode();
            }
        }
        return null;
    }

    static String describe(Throwable failure) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = failure; t != null && s.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!s.isEmpty()) {
                s.append(" / ");
            }
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return s.toString();
    }
}
