package org.selfeval.pipeline;

/**
 * Names of originals archived in done/ or failed/ (by `watch` and by `serve`): the inbox path
 * flattened to one name and stamped before its extension, so an archived file is never overwritten.
 */
public final class ArchiveNames {

    private ArchiveNames() {
    }

    /** The archive name without its extension: the name flattened, then "-" and the stamp. */
    public static String stem(String name, String stamp) {
        String flat = flat(name);
        int dot = flat.lastIndexOf('.');
        return (dot > 0 ? flat.substring(0, dot) : flat) + "-" + stamp;
    }

    /** The extension of the flattened name, with its dot, or "". */
    public static String extension(String name) {
        String flat = flat(name);
        int dot = flat.lastIndexOf('.');
        return dot > 0 ? flat.substring(dot) : "";
    }

    private static String flat(String name) {
        return name.replace('\\', '_').replace('/', '_');
    }
}
