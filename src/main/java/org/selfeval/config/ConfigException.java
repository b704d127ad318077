package org.selfeval.config;

/** A configuration that cannot be used; fatal at start-up (exit status 2). */
public class ConfigException extends RuntimeException {
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConfigException(String message) {
        super(message);
    }
}
