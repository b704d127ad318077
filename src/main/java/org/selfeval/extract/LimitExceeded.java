package org.selfeval.extract;

/**
 * A document limit crossed deep inside a parser callback that cannot throw checked exceptions
 * (a table builder, a zip stream). Extractors unwrap it before their catch-all for parser
 * failures, so it is reported with its own code and message, not as CORRUPT.
 */
public final class LimitExceeded extends RuntimeException {

    private final transient ExtractionException failure;

    public LimitExceeded(ExtractionException failure) {
        super(failure.getMessage(), failure, false, false);
        this.failure = failure;
    }

    public ExtractionException failure() {
        return failure;
    }
}
