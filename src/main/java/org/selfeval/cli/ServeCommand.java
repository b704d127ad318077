package org.selfeval.cli;

import org.apache.camel.main.Main;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.config.ServiceSettings;
import org.selfeval.service.ServiceMain;
import org.selfeval.service.ServiceRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code selfeval serve}: the service — REST API, web page and watched inbox in one process
 * (Camel main with the service-*.camel.yaml routes). Runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service: REST API, web page and watched inbox (settings: service: in config/selfeval.yaml).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Bind address (default service.host, 127.0.0.1); off loopback a token is required")
    String host;
    @Option(names = "--port", description = "HTTP port (default service.port, 8080)")
    Integer port;
    @Option(names = "--work", description = "Work folder: inbox/, done/, failed/, store/, data/ (default service.work_dir)")
    Path work;
    @Option(names = "--store", description = "Shared store folder: inbox/, done/, failed/, originals (default service.store_dir, else the work folder)")
    Path store;

    @Override
    public Integer call() throws Exception {
        SelfEvalConfig config = ConfigLoader.load();
        ServiceSettings s = config.service();
        s = s.withBind(host != null ? host : s.host(), port != null ? port : s.port());
        if (work != null) {
            s = s.withWorkDir(work.toAbsolutePath());
        }
        if (store != null) {
            s = s.withStoreDir(store.toAbsolutePath());
        }
        ServiceRuntime runtime;
        try {
            runtime = ServiceRuntime.open(config, s, ConfigLoader.configDir());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (runtime) {
            Main main = ServiceMain.create(Path.of(System.getProperty("selfeval.home", ".")), runtime);
            System.err.printf("selfeval serve: http://%s:%d/  （工作目录 %s%s）%n", s.host(), s.port(),
                    runtime.folders().root(), runtime.cluster().shared()
                            ? "，共享目录 " + runtime.folders().inbox().getParent() + "，实例 " + runtime.cluster().instanceId() : "");
            main.run();
            return main.getExitCode();
        }
    }
}
