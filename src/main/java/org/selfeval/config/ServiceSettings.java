package org.selfeval.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code service:} section of selfeval.yaml: how {@code selfeval serve} listens, where it keeps
 * its folders, and its upload and processing limits.
 *
 * @param host              bind address; anything but a loopback address needs a token
 * @param port              HTTP port
 * @param token             access token; empty for none; SELFEVAL_TOKEN overrides it
 * @param workDir           inbox/, done/, failed/, store/ and data/ (the index) live below it
 * @param maxUploadBytes    largest accepted file in an upload
 * @param maxFilesPerUpload most files in one upload
 * @param maxRequestBytes   largest upload request as a whole
 * @param parallelism       documents processed at once; 0 = one per core
 * @param queueSize         documents taken from the inbox and waiting for a worker, at most
 * @param retries           retries of a document that failed with a transient I/O error
 * @param retryDelayMs      pause before each retry
 * @param pollDelayMs       how often the inbox is looked at
 * @param readLockMinAgeMs  a file must be unchanged this long before it is taken (half-copied files wait)
 */
public record ServiceSettings(String host, int port, String token, String workDir, long maxUploadBytes,
                              int maxFilesPerUpload, long maxRequestBytes, int parallelism, int queueSize,
                              int retries, long retryDelayMs, long pollDelayMs, long readLockMinAgeMs) {

    public ServiceSettings {
        token = token == null ? "" : token.trim();
    }

    /** The token, SELFEVAL_TOKEN taking precedence over the file. */
    public ServiceSettings withEnv(Map<String, String> env) {
        String fromEnv = env.get("SELFEVAL_TOKEN");
        return fromEnv == null || fromEnv.isBlank() ? this : withToken(fromEnv);
    }

    public ServiceSettings withToken(String newToken) {
        return new ServiceSettings(host, port, newToken, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs);
    }

    public ServiceSettings withBind(String newHost, int newPort) {
        return new ServiceSettings(newHost, newPort, token, workDir, maxUploadBytes, maxFilesPerUpload,
                maxRequestBytes, parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs);
    }

    public ServiceSettings withWorkDir(Path dir) {
        return new ServiceSettings(host, port, token, dir.toString(), maxUploadBytes, maxFilesPerUpload,
                maxRequestBytes, parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs);
    }

    public ServiceSettings withTimings(long newPollDelayMs, long newReadLockMinAgeMs) {
        return new ServiceSettings(host, port, token, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, newPollDelayMs, newReadLockMinAgeMs);
    }

    public ServiceSettings withLimits(long newMaxUploadBytes, int newMaxFiles, long newMaxRequestBytes) {
        return new ServiceSettings(host, port, token, workDir, newMaxUploadBytes, newMaxFiles, newMaxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs);
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /** Worker threads: the configured number, or one per core. */
    public int workers() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }
}
