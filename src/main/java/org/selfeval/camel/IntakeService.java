package org.selfeval.camel;

import org.apache.camel.main.Main;
import org.selfeval.config.ConfigLoader;

import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the Camel main for the unattended intake: YAML routes from {@code routes/}, settings from
 * {@code config/application.properties}, beans from {@link SelfEvalCamelConfiguration}.
 */
public final class IntakeService {

    private IntakeService() {
    }

    /**
     * @param home      the selfeval installation (holds routes/ and config/)
     * @param overrides property overrides, e.g. {@code selfeval.inbox} from the command line
     */
    public static Main create(Path home, Map<String, String> overrides) {
        Main main = new Main();
        Path configDir = ConfigLoader.configDir();
        main.setPropertyPlaceholderLocations("file:" + configDir.resolve("application.properties").toAbsolutePath());
        main.configure().addConfiguration(SelfEvalCamelConfiguration.class);
        // Only the extract-only intake: the service's routes (service-*.camel.yaml) belong to `serve`.
        String routes = home.resolve("routes").toAbsolutePath().toString();
        main.addOverrideProperty("camel.main.routes-include-pattern",
                "file:" + routes + "/extract-inbox.camel.yaml,file:" + routes + "/error-handling.camel.yaml");
        overrides.forEach(main::addOverrideProperty);
        return main;
    }
}
