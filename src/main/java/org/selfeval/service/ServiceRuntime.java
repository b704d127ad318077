package org.selfeval.service;

import org.selfeval.camel.InboxFilter;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.config.ServiceSettings;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexer;
import org.selfeval.index.QueryLimits;
import org.selfeval.index.ReportIndexes;
import org.selfeval.index.crossyear.CrossYearChecker;
import org.selfeval.render.DocumentViews;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one {@code selfeval serve} process holds: the engine, the index (one writer per
 * process), the stores, and the beans the routes call. Closing it commits and closes the index.
 */
public final class ServiceRuntime implements AutoCloseable {

    private final ServiceSettings settings;
    private final WorkFolders folders;
    private final HttpGuard guard;
    private final ReportIndex index;
    private final org.selfeval.service.cluster.Cluster cluster;
    private final ServiceState state;
    private final ServiceMetrics metrics = new ServiceMetrics();
    private final Map<String, Object> beans = new LinkedHashMap<>();

    private ServiceRuntime(SelfEvalConfig config, ServiceSettings settings, Path configDir) {
        this.settings = settings;
        // First: refuses to start off loopback without a token, before anything is opened.
        this.guard = new HttpGuard(settings);
        this.folders = WorkFolders.under(Path.of(settings.workDir()), Path.of(settings.storeDirOrWork())).create();
        Path viewCache = folders.views();
        // Word reports' pages come from the same LibreOffice conversion the page images use (one per file).
        SelfEvalEngine engine = SelfEvalEngine.standard(config, configDir, viewCache);
        IndexAnalysis analysis = IndexAnalysis.standard();
        this.index = ReportIndexes.openShared(config, folders.data(), analysis);
        // With Elasticsearch: a heartbeat, shared inbox read locks and content claims (several processes).
        this.cluster = org.selfeval.service.cluster.Cluster.open(config, settings);
        ReportIndexer indexer = new ReportIndexer(engine, analysis, index,
                List.of(CrossYearChecker.of(engine.profiles())), System::currentTimeMillis);
        try {
            this.state = ServiceState.open(config, folders);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        BatchStore batches = state.batches();
        ResultStore results = state.results();
        DecisionStore decisions = state.decisions();
        // Before any route starts: records of uploads a crash cut short are failed, not left queued.
        InboxUpkeep upkeep = new InboxUpkeep(folders, batches, settings.readLockMinAgeMs(), cluster::otherAlive);
        int unfinished = upkeep.reconcile();
        if (unfinished > 0) {
            org.slf4j.LoggerFactory.getLogger(ServiceRuntime.class)
                    .warn("{} queued file(s) never reached the inbox (interrupted uploads); marked failed", unfinished);
        }
        beans.put("inboxUpkeep", upkeep);
        beans.put("inboxLocks", cluster.inboxLocks());
        Intake intake = new Intake(folders, engine, indexer, index, batches, results, metrics,
                cluster.contentClaims().orElseGet(() -> new LocalContentClaims(results)), cluster.instanceId());
        beans.put("intake", intake);
        beans.put("inboxFilter", new InboxFilter(intake::refuseEntry));
        beans.put("batchApi", new BatchApi(settings, folders, batches, results, guard, metrics, decisions, index)
                .withInstance(cluster.instanceId()));
        ViewApi views = new ViewApi(results,
                new DocumentViews(viewCache, config.renderOptions()), decisions);
        beans.put("reportApi", new ReportApi(results, decisions, views));
        beans.put("viewApi", views);
        beans.put("searchApi", new SearchApi(index, QueryLimits.of(config.index()),
                settings.http().maxResultWindow(), results, org.selfeval.figures.FigureLabels.load(configDir), analysis));
        beans.put("opsApi", new OpsApi(folders, index, metrics, guard));
        // camel.metrics finds and uses this registry, so Camel's meters join the service's.
        beans.put("metricsRegistry", metrics.registry());
    }

    /** Opens the service's state; throws if the bind address needs a token and none is set. */
    public static ServiceRuntime open(SelfEvalConfig config, ServiceSettings settings, Path configDir) {
        return new ServiceRuntime(config, settings, configDir);
    }

    public ServiceSettings settings() {
        return settings;
    }

    public WorkFolders folders() {
        return folders;
    }

    public HttpGuard guard() {
        return guard;
    }

    public ReportIndex index() {
        return index;
    }

    public org.selfeval.service.cluster.Cluster cluster() {
        return cluster;
    }

    public ServiceState state() {
        return state;
    }

    public ServiceMetrics metrics() {
        return metrics;
    }

    public Map<String, Object> beans() {
        return beans;
    }

    @Override
    public void close() {
        try {
            cluster.close();
            index.close();
        } finally {
            state.close();
        }
    }
}
