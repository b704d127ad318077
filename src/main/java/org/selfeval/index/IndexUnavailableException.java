package org.selfeval.index;

/** The search engine cannot be reached or did not answer in time; the message is for the user. */
public final class IndexUnavailableException extends IllegalStateException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
