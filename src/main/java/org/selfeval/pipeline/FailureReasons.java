package org.selfeval.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.engine.ReportResult;
import org.selfeval.extract.FailureCode;

/**
 * The reason file written beside an original archived in failed/ (by `watch` and by `serve`): the
 * file, status failed, and the error in the contract's shape, so operators read one format.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    /** A document the pipeline rejected (encrypted, corrupt, …): its contract error. */
    public static ObjectNode rejected(String file, String sha256, ReportResult.Error error) {
        ObjectNode reason = start(file);
        reason.put("sha256", sha256);
        reason.set("error", Json.MAPPER.valueToTree(error));
        return reason;
    }

    /** The pipeline itself failed on the file (a bug or an I/O fault, not the document). */
    public static ObjectNode crashed(String file, String message, Exception error) {
        ObjectNode reason = start(file);
        ObjectNode err = reason.putObject("error");
        err.put("code", FailureCode.IO.name());
        err.put("message", message);
        err.put("detail", error == null ? "unknown" : error.getClass().getSimpleName() + ": " + error.getMessage());
        return reason;
    }

    private static ObjectNode start(String file) {
        ObjectNode reason = Json.MAPPER.createObjectNode();
        reason.put("file", file);
        reason.put("status", "failed");
        return reason;
    }
}
