package org.selfeval.engine;

import org.selfeval.checks.CheckContext;
import org.selfeval.checks.Checker;
import org.selfeval.checks.Checks;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.extract.Deadline;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.TimeLimiter;
import org.selfeval.figures.FigureExtractor;
import org.selfeval.model.Figure;
import org.selfeval.model.Finding;
import org.selfeval.model.ReportDocument;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;
import org.selfeval.sections.SectionMatcher;
import org.selfeval.sections.SectionReport;
import org.selfeval.structure.ReportIdentity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one façade over the pipeline — extract → structure → figures → checks — used by the CLI,
 * the Camel routes and the evaluation harness alike. Thread-safe; one instance per process.
 */
public final class SelfEvalEngine {

    private final DocumentReader reader;
    private final ExtractOptions extractOptions;
    private final ProfileRegistry profiles;
    private final SectionMatcher sectionMatcher;
    private final FigureExtractor figureExtractor;
    private final Checker checker;

    public SelfEvalEngine(DocumentReader reader, ExtractOptions extractOptions, ProfileRegistry profiles,
                          FigureExtractor figureExtractor, Checker checker) {
        this.reader = reader;
        this.extractOptions = extractOptions;
        this.profiles = profiles;
        this.sectionMatcher = new SectionMatcher(profiles.partMatcher());
        this.figureExtractor = figureExtractor;
        this.checker = checker;
    }

    /** The engine as configured in the config folder (config/selfeval.yaml, config/rules). */
    public static SelfEvalEngine standard() {
        return standard(ConfigLoader.load(), ConfigLoader.configDir());
    }

    public static SelfEvalEngine standard(SelfEvalConfig config, Path configDir) {
        return standard(config, configDir, null);
    }

    /**
     * @param viewCache folder of the page images' cache, where Word files' LibreOffice conversions
     *                  are kept so that page numbers and page images share one (null: a throw-away one)
     */
    public static SelfEvalEngine standard(SelfEvalConfig config, Path configDir, Path viewCache) {
        return new SelfEvalEngine(DocumentReader.standard(config.outlineRules()).withWordPages(config.wordPages(viewCache)),
                config.extractOptions(),
                ProfileRegistry.load(configDir.resolve("rules")), Figures.standard(configDir),
                new Checker(Checks.standard()));
    }

    public ExtractOptions extractOptions() {
        return extractOptions;
    }

    public ProfileRegistry profiles() {
        return profiles;
    }

    /** One file checked: what extraction gave (for the caller's index or store) and the result. */
    public record Checked(ExtractResult extracted, ReportResult result) {
    }

    public ReportResult analyse(Path file, AnalysisOptions options) {
        return check(file, options).result();
    }

    /**
     * Extraction and analysis of one file under one deadline (extract.timeout_seconds, raised for
     * pages to OCR): past it the file is TIMEOUT, whichever stage is running.
     */
    public Checked check(Path file, AnalysisOptions options) {
        Deadline deadline = Deadline.in(extractOptions.timeout());
        ExtractResult extracted = reader.read(file, extractOptions, deadline);
        return new Checked(extracted, analyse(extracted, options, deadline));
    }

    /** Analysis of a document extracted earlier, with a deadline of its own (extract.timeout_seconds). */
    public ReportResult analyse(ExtractResult extracted, AnalysisOptions options) {
        return analyse(extracted, options, Deadline.in(extractOptions.timeout()));
    }

    private ReportResult analyse(ExtractResult extracted, AnalysisOptions options, Deadline deadline) {
        if (!extracted.isOk()) {
            return ReportResult.failed(extracted.file(), extracted.sha256(), extracted.failure());
        }
        try {
            return TimeLimiter.call("analyse " + Path.of(extracted.file()).getFileName(), deadline,
                    () -> analyseDocument(extracted.document(), options));
        } catch (ExtractionException e) {
            return ReportResult.failed(extracted.file(), extracted.sha256(), e.failure());
        } catch (RuntimeException e) {
            throw e; // an unknown profile (ConfigException) or a bug: the caller's to report
        } catch (Exception e) {
            throw new IllegalStateException(e); // analysis throws no checked exception
        }
    }

    private ReportResult analyseDocument(ReportDocument doc, AnalysisOptions options) {
        ReportIdentity identity = ReportIdentity.of(doc);
        RuleProfile profile = options.profileId() != null
                ? profiles.byId(options.profileId()).orElseThrow(
                        () -> new ConfigException("未知的规则配置: " + options.profileId()))
                : profiles.select(doc, identity.title());
        SectionReport sections = sectionMatcher.match(doc, profile);
        List<Figure> figures = figureExtractor.extract(doc);
        CheckContext ctx = new CheckContext(doc, identity, profile, sections, figures);
        List<Finding> findings = new ArrayList<>(checker.run(ctx));
        if (doc.metadata().ocr()) {
            findings = new ArrayList<>(OcrFindings.lowConfidence(findings));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        var meta = doc.metadata();
        ReportResult.Report report = new ReportResult.Report(identity.title(), identity.department(),
                identity.region(), identity.year(), identity.kind() != null ? identity.kind() : profile.kind(),
                profile.id(), meta.pages(), meta.ocr(), meta.format(), sections.conditionalMissing(), meta.pageBasis());
        List<ReportResult.Section> outline = sections.sections().stream()
                .map(s -> new ReportResult.Section(bare(s.number()), s.title(), s.level(), s.page(), s.canonical()))
                .toList();
        return new ReportResult(meta.file(), "ok", meta.sha256(), null, report, outline, sections.missing(),
                sections.completeness(), figures, findings);
    }

    /** "一、" → "一", "（一）" stays: the contract's number is the token without trailing punctuation. */
    static String bare(String numbering) {
        return numbering == null ? "" : numbering.replaceAll("[、.．，,：:\\s]+$", "");
    }
}
