package org.selfeval.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;

/**
 * The service's own Prometheus meters. The registry is also handed to Camel (camel.metrics) so
 * route and exchange meters appear in the same scrape.
 */
public final class ServiceMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter processed;
    private final Counter failed;
    private final Counter duplicates;
    private final Counter uploads;
    private final Timer processing;

    public ServiceMetrics() {
        processed = Counter.builder("selfeval.documents.processed")
                .description("Documents checked and indexed").register(registry);
        failed = Counter.builder("selfeval.documents.failed")
                .description("Documents that could not be checked (typed error or crash)").register(registry);
        duplicates = Counter.builder("selfeval.documents.duplicate")
                .description("Files whose content was already processed").register(registry);
        uploads = Counter.builder("selfeval.uploads")
                .description("Upload requests accepted").register(registry);
        processing = Timer.builder("selfeval.document.processing")
                .description("Time to check, index and store one document")
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void processed(boolean ok, Duration took) {
        (ok ? processed : failed).increment();
        processing.record(took);
    }

    public void crashed() {
        failed.increment();
    }

    /** An inbox entry refused without being read (link, FIFO, device, too large). */
    public void refused() {
        failed.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void upload() {
        uploads.increment();
    }

    public String scrape() {
        return registry.scrape();
    }
}
