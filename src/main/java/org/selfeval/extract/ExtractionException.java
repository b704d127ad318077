package org.selfeval.extract;

/** A typed reason a document could not be extracted; turned into a value at the façade. */
public class ExtractionException extends Exception {
    private final FailureCode code;
    private String userMessage;

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

    /** A message for end users more specific than the code's default (plain Chinese). */
    public ExtractionException withUserMessage(String message) {
        this.userMessage = message;
        return this;
    }

    /** The failure as reported: the specific user message if there is one, else the code's. */
    public ExtractionFailure failure() {
        return new ExtractionFailure(code, userMessage != null ? userMessage : code.message(), getMessage());
    }
}
