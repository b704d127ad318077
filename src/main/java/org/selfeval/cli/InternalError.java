package org.selfeval.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A crash inside the pipeline (a bug, not the document): logged once, named in the result. */
final class InternalError {

    private static final Logger LOG = LoggerFactory.getLogger(InternalError.class);

    private InternalError() {
    }

    static String describe(Throwable error) {
        LOG.error("internal error", error);
        if (error == null) {
            return "internal error";
        }
        StackTraceElement at = error.getStackTrace().length > 0 ? error.getStackTrace()[0] : null;
        return "internal error: " + error + (at == null ? "" : " at " + at);
    }
}
