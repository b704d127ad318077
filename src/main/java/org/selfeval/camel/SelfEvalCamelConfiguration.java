package org.selfeval.camel;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.pipeline.DocumentReader;

import java.nio.file.Path;

/** The only place beans for the YAML routes are made; routes refer to them by name. */
public class SelfEvalCamelConfiguration implements CamelConfiguration {

    @BindToRegistry("intakeFiles")
    public IntakeFiles intakeFiles(@PropertyInject("selfeval.done") String done,
                                   @PropertyInject("selfeval.failed") String failed) {
        SelfEvalConfig config = ConfigLoader.load();
        return new IntakeFiles(DocumentReader.standard(config.outlineRules()), config.extractOptions(),
                Path.of(done), Path.of(failed));
    }
}
