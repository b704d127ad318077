package org.selfeval.eval.tables;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Outcome of one exact-match case.
 *
 * @param difference the first differing cell or the shape difference, null when exact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseResult(String name, String file, TableCase.Mode mode, Status status, String expectedShape,
                         String ourShape, String difference) {

    public enum Status {
        /** Every expected cell reproduced. */
        EXACT,
        /** Tables found, but the grid differs. */
        DIFFERENT,
        /** No table of ours on the page/area. */
        NO_TABLE,
        /** Extraction failed although the case expects tables. */
        FAILED,
        /** The file must fail with a given code (e.g. ENCRYPTED) and did: not a miss. */
        EXPECTED_FAILURE,
        /** The file must fail with a given code but did not fail that way. */
        WRONG_FAILURE
    }

    /** Whether the case counts towards the exact-share denominators. */
    public boolean scored() {
        return status != Status.EXPECTED_FAILURE && status != Status.WRONG_FAILURE;
    }
}
