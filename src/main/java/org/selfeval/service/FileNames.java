package org.selfeval.service;

import java.util.regex.Pattern;

/**
 * Submitted file names made harmless: no folders, no "..", no control or reserved characters,
 * bounded length. The extension is kept so that people recognise the file.
 */
public final class FileNames {

    private static final Pattern RESERVED = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"|?*\\\\/]");
    private static final int MAX_CHARS = 120;

    private FileNames() {
    }

    public static String sanitise(String submitted) {
        String name = submitted == null ? "" : submitted;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        name = RESERVED.matcher(name).replaceAll("_");
        name = name.replace("..", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_CHARS) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_CHARS - ext.length()) + ext;
        }
        return name.isBlank() ? "未命名文件" : name;
    }

    /** A batch id from a folder name or an upload label: letters, digits, - _ . only. */
    public static String batchId(String folder) {
        String id = folder.replaceAll("[^\\p{L}\\p{N}_.-]", "_").replace("..", "_");
        while (id.startsWith(".")) {
            id = id.substring(1);
        }
        return id.isBlank() ? "batch" : id.length() > 80 ? id.substring(0, 80) : id;
    }
}
