package org.selfeval.service;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.ServiceSettings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the Camel main of {@code selfeval serve}: the service-*.camel.yaml routes, Camel settings
 * from config/application.properties, the service: section of selfeval.yaml as service.* and
 * camel.server.* properties, and the runtime's beans. The {@link HttpGuard} is put on the HTTP
 * router before any route consumer starts, so no request ever reaches the API unchecked.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static Main create(Path home, ServiceRuntime runtime) {
        ServiceSettings s = runtime.settings();
        WorkFolders f = runtime.folders();
        Main main = new Main();
        main.setPropertyPlaceholderLocations(
                "file:" + ConfigLoader.configDir().resolve("application.properties").toAbsolutePath());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.main.routes-include-pattern",
                "file:" + home.resolve("routes").toAbsolutePath() + "/service-*.camel.yaml");
        p.put("camel.server.enabled", "true");
        p.put("camel.server.host", s.host());
        p.put("camel.server.port", String.valueOf(s.port()));
        p.put("camel.server.max-body-size", String.valueOf(s.maxRequestBytes()));
        p.put("camel.rest.component", "platform-http");
        p.put("camel.rest.binding-mode", "off");
        p.put("camel.rest.api-context-path", "/api/openapi.json");
        p.put("camel.rest.api-properties[api.title]", "selfeval 自评报告审核服务");
        p.put("camel.rest.api-properties[api.version]", "1");
        // The servers URL of the OpenAPI description: where clients reach this process.
        p.put("camel.rest.host", publicHost(s.host()));
        p.put("camel.rest.port", String.valueOf(s.port()));
        p.put("camel.rest.api-properties[host]", authority(publicHost(s.host()), s.port()));
        p.put("camel.rest.api-properties[schemes]", "http");
        p.put("camel.metrics.enabled", "true");
        p.put("camel.metrics.enable-route-policy", "true");
        p.put("service.inbox", f.inbox().toString());
        p.put("service.parallelism", String.valueOf(s.workers()));
        p.put("service.queue-size", String.valueOf(s.queueSize()));
        p.put("service.retries", String.valueOf(s.retries()));
        p.put("service.retry-delay-ms", String.valueOf(s.retryDelayMs()));
        p.put("service.poll-delay-ms", String.valueOf(s.pollDelayMs()));
        p.put("service.read-lock-min-age-ms", String.valueOf(s.readLockMinAgeMs()));
        p.put("service.read-lock", runtime.cluster().readLock());
        p.put("service.read-lock-release-delay-ms", String.valueOf(s.cluster().releaseDelayMs()));
        p.forEach(main::addOverrideProperty);
        runtime.beans().forEach(main::bind);
        // platform-http takes the one Vertx bean: this one sets the guard's timeouts on its server.
        Vertx vertx = Vertx.vertx();
        main.bind("vertx", GuardedVertx.wrap(vertx, runtime.guard()));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStop(BaseMainSupport m) {
                vertx.close();
            }

            @Override
            public void afterConfigure(BaseMainSupport m) {
                try {
                    m.getCamelContext().addStartupListener(new GuardInstaller(runtime.guard(), s.port()));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot register the HTTP guard", e);
                }
            }
        });
        return main;
    }

    /**
     * The host clients use: the configured one, or for a wildcard bind (0.0.0.0, ::) this machine's
     * name, since the wildcard address reaches nothing from another machine.
     */
    static String publicHost(String host) {
        try {
            if (java.net.InetAddress.getByName(host).isAnyLocalAddress()) {
                return java.net.InetAddress.getLocalHost().getCanonicalHostName();
            }
        } catch (java.net.UnknownHostException e) {
            // a name that does not resolve here is still the one configured
        }
        return host;
    }

    static String authority(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Installs the guard once the HTTP server is up, before the routes' consumers start. */
    private record GuardInstaller(HttpGuard guard, int port) implements StartupListener {
        @Override
        public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            Router router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.getRouterNameFromPort(port));
            if (router == null) {
                throw new IllegalStateException("HTTP router not found for port " + port);
            }
            guard.install(router);
        }
    }
}
