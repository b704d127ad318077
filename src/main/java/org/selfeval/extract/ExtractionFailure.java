package org.selfeval.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A failure as reported: contract code, the user message in Chinese, and a technical detail
 * for the operator (never a stack trace).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionFailure(FailureCode code, String message, String detail) {
    public static ExtractionFailure of(FailureCode code, String detail) {
        return new ExtractionFailure(code, code.message(), detail);
    }
}
