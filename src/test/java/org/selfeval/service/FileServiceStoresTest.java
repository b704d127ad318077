package org.selfeval.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store contract on the work-folder stores, plus what only they do: counts survive a restart. */
class FileServiceStoresTest extends ServiceStoresContract {

    private WorkFolders folders;
    private ServiceState state;

    @BeforeEach
    void open() {
        folders = WorkFolders.under(tmp.resolve("work")).create();
        state = ServiceState.files(folders);
    }

    @Override
    protected ServiceState main() {
        return state;
    }

    /** One process's stores: the file store is not shared between processes. */
    @Override
    protected ServiceState peer() {
        return state;
    }

    @Override
    protected void breakCounts(String batch) throws Exception {
        Files.writeString(folders.batches().resolve(batch).resolve("counts.json"), "{}");
    }

    @Override
    protected long recordReads() {
        return ((FileBatchStore) state.batches()).recordReads();
    }

    @Test
    void countsSurviveARestartAndAreMadeAgainAtStartUpWhenLost() throws Exception {
        String batch = "u-restart";
        state.batches().ensure(batch, "重启");
        state.batches().put(batch, ok(batch, "一.pdf", sha("一"), 1, 2));
        state.batches().put(batch, ok(batch, "二.pdf", sha("二"), 0, 3));
        BatchCounts right = counts(state, batch);
        assertEquals(5, right.get("findings"));

        ServiceState restarted = ServiceState.files(folders);
        assertEquals(right, counts(restarted, batch));

        // Lost entirely (a batch from before counts were kept, or a crash): made again at start-up.
        Files.delete(folders.batches().resolve(batch).resolve("counts.json"));
        assertEquals(BatchCounts.empty(), counts(state, batch));
        assertEquals(right, counts(ServiceState.files(folders), batch));
    }
}
