package org.selfeval.index;

import org.selfeval.config.ConfigException;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.index.es.ElasticsearchReportIndex;
import org.selfeval.index.lucene.LuceneReportIndex;

import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the configured engine (index.engine in selfeval.yaml). Engines are registered here, in one place.
 */
public final class ReportIndexes {

    /** Opens an engine from the configuration and the data folder chosen for this run. */
    public interface Opener {
        ReportIndex open(SelfEvalConfig.Index config, Path dataDir, IndexAnalysis analysis);
    }

    private static final Map<String, Opener> ENGINES = Map.of(
            SelfEvalConfig.Index.LUCENE, (config, dataDir, analysis) -> new LuceneReportIndex(dataDir, analysis,
                    config.query().facetValues(), config.query().searchThreads()),
            SelfEvalConfig.Index.ELASTICSEARCH, (config, dataDir, analysis) -> ElasticsearchReportIndex.open(
                    config.elasticsearch(), analysis, config.query().facetValues()));

    private ReportIndexes() {
    }

    /**
     * @param dataOption {@code --data DIR}, or null for SELFEVAL_DATA / index.data_dir
     */
    public static ReportIndex open(SelfEvalConfig config, Path dataOption, IndexAnalysis analysis) {
        return open(config.index(), dataOption, analysis);
    }

    /**
     * For the service: other processes may write the same Elasticsearch index, so supersede flags
     * are reconciled from the index rather than this process's cache (index.elasticsearch.shared_writers).
     */
    public static ReportIndex openShared(SelfEvalConfig config, Path dataOption, IndexAnalysis analysis) {
        SelfEvalConfig.Index c = config.index();
        return open(new SelfEvalConfig.Index(c.engine(), c.dataDir(), c.elasticsearch().withSharedWriters(true),
                c.query()), dataOption, analysis);
    }

    private static ReportIndex open(SelfEvalConfig.Index c, Path dataOption, IndexAnalysis analysis) {
        Opener opener = ENGINES.get(c.engine());
        if (opener == null) {
            throw new ConfigException("索引引擎不可用: " + c.engine() + "（可用：" + ENGINES.keySet() + "）");
        }
        return opener.open(c, c.dataDir(dataOption, System.getenv()), analysis);
    }
}
