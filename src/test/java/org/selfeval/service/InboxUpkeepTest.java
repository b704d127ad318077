package org.selfeval.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up reconciliation of stale upload records and the sweep of emptied inbox folders. */
class InboxUpkeepTest {

    @TempDir
    Path tmp;

    @Test
    void reconcileFailsOnlyRecordsWhoseFileIsNeitherInTheInboxNorArchived() throws Exception {
        WorkFolders f = WorkFolders.under(tmp).create();
        BatchStore batches = new FileBatchStore(f.batches());
        String batch = "u20260101-120000-abcdef12";
        batches.ensure(batch, "上传");
        String at = Instant.now().toString();
        FileRecord lost = FileRecord.queued(BatchStore.fileId(batch, "丢失.docx"), "丢失.docx", at);
        FileRecord waiting = FileRecord.queued(BatchStore.fileId(batch, "待处理.pdf"), "待处理.pdf", at);
        FileRecord archived = FileRecord.queued(BatchStore.fileId(batch, "已归档.docx"), "已归档.docx", at)
                .processing("a".repeat(64), at);
        FileRecord lostWhileProcessing = FileRecord.queued(BatchStore.fileId(batch, "中断.docx"), "中断.docx", at)
                .processing("b".repeat(64), at);
        FileRecord done = FileRecord.queued(BatchStore.fileId(batch, "完成.docx"), "完成.docx", at)
                .failed("c".repeat(64), "CORRUPT", "文件已损坏", at);
        for (FileRecord r : new FileRecord[]{lost, waiting, archived, lostWhileProcessing, done}) {
            batches.put(batch, r);
        }
        Files.createDirectories(f.inbox().resolve(batch));
        Files.writeString(f.inbox().resolve(batch).resolve("待处理.pdf"), "x");
        Files.createDirectories(f.done().resolve(batch));
        Files.writeString(f.done().resolve(batch).resolve("已归档-20260101-120001-123-7.docx"), "x");
        // A file dropped at the inbox root yesterday, cut off while processing: still in the inbox.
        String yesterday = "daily-" + LocalDate.now().minusDays(1);
        batches.ensure(yesterday, "收件箱");
        FileRecord rootFile = FileRecord.queued(BatchStore.fileId(yesterday, "根目录.docx"), "根目录.docx", at)
                .processing("d".repeat(64), at);
        batches.put(yesterday, rootFile);
        Files.writeString(f.inbox().resolve("根目录.docx"), "x");

        assertEquals(2, new InboxUpkeep(f, batches, 300).reconcile());

        for (FileRecord r : new FileRecord[]{lost, lostWhileProcessing}) {
            FileRecord now = batches.file(batch, r.id()).orElseThrow();
            assertEquals(FileRecord.FAILED, now.status(), r.name());
            assertEquals("IO", now.error().code());
            assertTrue(now.error().message().startsWith("上传未完成"), now.error().message());
            assertTrue(now.error().message().contains("请重新上传"));
        }
        assertEquals("b".repeat(64), batches.file(batch, lostWhileProcessing.id()).orElseThrow().sha256());
        assertEquals(FileRecord.QUEUED, batches.file(batch, waiting.id()).orElseThrow().status());
        assertEquals(FileRecord.PROCESSING, batches.file(batch, archived.id()).orElseThrow().status());
        assertEquals("CORRUPT", batches.file(batch, done.id()).orElseThrow().error().code());
        assertEquals(FileRecord.PROCESSING, batches.file(yesterday, rootFile.id()).orElseThrow().status());
        assertNull(batches.file(yesterday, rootFile.id()).orElseThrow().error());
        assertEquals(0, new InboxUpkeep(f, batches, 300).reconcile(), "a second start finds nothing more");
    }

    @Test
    void sweepRemovesOnlyOldEmptyFoldersBelowTheInbox() throws Exception {
        WorkFolders f = WorkFolders.under(tmp).create();
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Path emptied = Files.createDirectories(f.inbox().resolve("批次一"));
        Path nested = Files.createDirectories(f.inbox().resolve("批次二/子目录"));
        Path withFile = Files.createDirectories(f.inbox().resolve("批次三"));
        Path file = Files.writeString(withFile.resolve("报告.docx"), "x");
        Path fresh = Files.createDirectories(f.inbox().resolve("正在复制"));
        Path unknown = Files.createDirectories(f.inbox().resolve("新建文件夹"));
        for (Path p : new Path[]{emptied, nested, withFile, unknown}) {
            Files.setLastModifiedTime(p, old);
        }
        Files.setLastModifiedTime(f.inbox(), old);
        BatchStore batches = new FileBatchStore(f.batches());
        for (String folder : new String[]{"批次一", "批次二", "批次三", "正在复制"}) {
            batches.ensure(FileNames.batchId(folder), folder);
        }

        InboxUpkeep upkeep = new InboxUpkeep(f, batches, 2_000);
        upkeep.sweep();

        assertFalse(Files.exists(emptied));
        assertFalse(Files.exists(nested), "an old empty folder deep down goes");
        assertTrue(Files.exists(nested.getParent()), "its parent just changed, so it waits for the next sweep");
        assertTrue(Files.exists(file), "files are never removed");
        assertTrue(Files.exists(withFile));
        assertTrue(Files.exists(fresh), "a folder younger than the read-lock age may still be filling");
        assertTrue(Files.isDirectory(f.inbox()), "the inbox itself stays");
        assertTrue(Files.exists(unknown), "a folder no file has come from yet (not a batch) is never swept");

        Files.setLastModifiedTime(nested.getParent(), old);
        upkeep.sweep();
        assertFalse(Files.exists(nested.getParent()));
    }
}
