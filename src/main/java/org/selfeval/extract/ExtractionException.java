package org.selfeval.extract;

/** A typed reason a document could not be extracted; turned into a value at the façade. */
public class ExtractionException extends Exception {
    private final FailureCode code;

    public ExtractionException(FailureCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ExtractionException(FailureCode code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
