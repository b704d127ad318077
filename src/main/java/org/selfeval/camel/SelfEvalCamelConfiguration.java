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

    private IntakeFiles intakeFiles;

    @BindToRegistry("intakeFiles")
    public synchronized IntakeFiles intakeFiles(@PropertyInject("selfeval.done") String done,
                                                @PropertyInject("selfeval.failed") String failed) {
        if (intakeFiles == null) {
            SelfEvalConfig config = ConfigLoader.load();
            intakeFiles = new IntakeFiles(DocumentReader.standard(config.outlineRules()), config.extractOptions(),
                    Path.of(done), Path.of(failed));
        }
        return intakeFiles;
    }

    /** Links, FIFOs and devices in the inbox are refused (reason, failed/) before Camel follows or skips them. */
    @BindToRegistry("inboxFilter")
    public InboxFilter inboxFilter(@PropertyInject("selfeval.done") String done,
                                   @PropertyInject("selfeval.failed") String failed) {
        return new InboxFilter(intakeFiles(done, failed)::refuseEntry);
    }
}
