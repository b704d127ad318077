package org.selfeval.service;

import java.time.LocalDate;

/**
 * Where a file in the inbox belongs: a file in a sub-folder belongs to that folder's batch, a file
 * at the root to the day's batch. One rule for the intake and for the start-up reconciliation.
 *
 * @param batch the batch id
 * @param label the batch's name when it has to be created
 * @param name  the file's name within the batch (its path below the batch folder)
 */
record InboxPlace(String batch, String label, String name) {

    static final String DAILY = "daily-";

    /** @param relative the file's path below the inbox, with '/' separators */
    static InboxPlace of(String relative, LocalDate today) {
        int slash = relative.indexOf('/');
        if (slash > 0) {
            String folder = relative.substring(0, slash);
            return new InboxPlace(FileNames.batchId(folder), folder, relative.substring(slash + 1));
        }
        return new InboxPlace(DAILY + today, "收件箱 " + today, relative);
    }

    boolean daily() {
        return batch.startsWith(DAILY);
    }
}
