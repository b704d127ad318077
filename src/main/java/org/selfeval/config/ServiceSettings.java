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
 * @param http              limits of the HTTP edge: small bodies, read timeouts, login rate, paging
 * @param storeDir          inbox/, done/, failed/ and the originals and page-image cache; empty = workDir
 *                          (a folder all processes share when several serve on one Elasticsearch)
 * @param cluster           how processes on one Elasticsearch node see each other
 */
public record ServiceSettings(String host, int port, String token, String workDir, long maxUploadBytes,
                              int maxFilesPerUpload, long maxRequestBytes, int parallelism, int queueSize,
                              int retries, long retryDelayMs, long pollDelayMs, long readLockMinAgeMs, Http http,
                              String storeDir, Cluster cluster) {

    public ServiceSettings {
        token = token == null ? "" : token.trim();
        storeDir = storeDir == null ? "" : storeDir.trim();
    }

    /** The token, SELFEVAL_TOKEN taking precedence over the file. */
    public ServiceSettings withEnv(Map<String, String> env) {
        String fromEnv = env.get("SELFEVAL_TOKEN");
        return fromEnv == null || fromEnv.isBlank() ? this : withToken(fromEnv);
    }

    public ServiceSettings withToken(String newToken) {
        return new ServiceSettings(host, port, newToken, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, storeDir, cluster);
    }

    public ServiceSettings withBind(String newHost, int newPort) {
        return new ServiceSettings(newHost, newPort, token, workDir, maxUploadBytes, maxFilesPerUpload,
                maxRequestBytes, parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, storeDir, cluster);
    }

    public ServiceSettings withWorkDir(Path dir) {
        return new ServiceSettings(host, port, token, dir.toString(), maxUploadBytes, maxFilesPerUpload,
                maxRequestBytes, parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, storeDir, cluster);
    }

    public ServiceSettings withTimings(long newPollDelayMs, long newReadLockMinAgeMs) {
        return new ServiceSettings(host, port, token, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, newPollDelayMs, newReadLockMinAgeMs, http, storeDir, cluster);
    }

    public ServiceSettings withLimits(long newMaxUploadBytes, int newMaxFiles, long newMaxRequestBytes) {
        return new ServiceSettings(host, port, token, workDir, newMaxUploadBytes, newMaxFiles, newMaxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, storeDir, cluster);
    }

    public ServiceSettings withHttp(Http newHttp) {
        return new ServiceSettings(host, port, token, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, newHttp, storeDir, cluster);
    }

    /**
     * The {@code service.http:} section.
     *
     * @param maxJsonBodyBytes       largest body of any request but an upload (decision, login …)
     * @param headerTimeoutSeconds   a new connection must have sent its request head by then
     * @param bodyTimeoutSeconds     a request body that stops arriving for this long is dropped (408)
     * @param idleTimeoutSeconds     a connection with no byte either way for this long is closed
     * @param loginAttemptsPerMinute login calls per client address and minute (429 beyond)
     * @param maxResultWindow        offset + limit of a search page, at most
     */
    public record Http(long maxJsonBodyBytes, int headerTimeoutSeconds, int bodyTimeoutSeconds,
                       int idleTimeoutSeconds, int loginAttemptsPerMinute, int maxResultWindow) {
    }

    public ServiceSettings withStoreDir(Path dir) {
        return new ServiceSettings(host, port, token, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, dir.toString(), cluster);
    }

    public ServiceSettings withCluster(Cluster newCluster) {
        return new ServiceSettings(host, port, token, workDir, maxUploadBytes, maxFilesPerUpload, maxRequestBytes,
                parallelism, queueSize, retries, retryDelayMs, pollDelayMs, readLockMinAgeMs, http, storeDir, newCluster);
    }

    /** The shared store folder: store_dir, or the work folder when it is empty. */
    public String storeDirOrWork() {
        return storeDir.isEmpty() ? workDir : storeDir;
    }

    /**
     * The {@code service.cluster:} section (used with index.engine elasticsearch).
     *
     * @param instanceId     this process's name among the others; empty = a random one at start
     * @param heartbeatMs    how often the process writes its heartbeat
     * @param staleAfterMs   a process whose heartbeat is older is taken for dead: its files are taken over
     * @param releaseDelayMs an inbox file's claim is kept this long after the file left the inbox
     */
    public record Cluster(String instanceId, long heartbeatMs, long staleAfterMs, long releaseDelayMs) {
        public Cluster {
            instanceId = instanceId == null ? "" : instanceId.trim();
        }
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /** Worker threads: the configured number, or one per core. */
    public int workers() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }
}
