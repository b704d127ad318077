package org.selfeval.cli;

import org.apache.camel.main.Main;
import org.selfeval.camel.IntakeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code selfeval watch}: the Camel intake — reports dropped into the inbox are extracted, their
 * model JSON written to the outbox, the originals moved to done/ or failed/. Runs until stopped.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch an inbox folder and extract every report dropped into it (Camel routes).")
public final class WatchCommand implements Callable<Integer> {

    @Option(names = "--inbox", description = "Inbox folder (default from config/application.properties)")
    Path inbox;
    @Option(names = "--outbox", description = "Where model JSON files are written")
    Path outbox;
    @Option(names = "--done", description = "Where originals go once read")
    Path done;
    @Option(names = "--failed", description = "Where rejected originals go, with a .reason.json")
    Path failed;
    @Option(names = "--work", description = "Shorthand: inbox, outbox, done and failed below this folder")
    Path work;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (work != null) {
            for (String f : new String[]{"inbox", "outbox", "done", "failed"}) {
                overrides.put("selfeval." + f, work.resolve(f).toAbsolutePath().toString());
            }
        }
        put(overrides, "inbox", inbox);
        put(overrides, "outbox", outbox);
        put(overrides, "done", done);
        put(overrides, "failed", failed);
        Main main = IntakeService.create(Path.of(System.getProperty("selfeval.home", ".")), overrides);
        main.run();
        return main.getExitCode();
    }

    private static void put(Map<String, String> m, String key, Path value) {
        if (value != null) {
            m.put("selfeval." + key, value.toAbsolutePath().toString());
        }
    }
}
