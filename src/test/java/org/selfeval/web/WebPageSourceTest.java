package org.selfeval.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Rules the page's sources must keep, checked on the files as packaged (classpath web/): no HTML
 * parsing of strings (document text only ever becomes text nodes), no code from strings, and
 * nothing loaded from another host (the page works offline, no CDN).
 */
class WebPageSourceTest {

    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser"
                    + "|\\beval\\s*\\(|new\\s+Function\\s*\\(|setTimeout\\s*\\(\\s*['\"`]|srcdoc");
    private static final Pattern REMOTE = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//|@import\\s+url\\(\\s*['\"]?(https?:)?//");

    private static List<Path> files(String... extensions) throws IOException, URISyntaxException {
        Path web = Path.of(WebPageSourceTest.class.getResource("/web/index.html").toURI()).getParent();
        try (Stream<Path> all = Files.walk(web)) {
            return all.filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
        }
    }

    @Test
    void scriptsNeverParseDataAsMarkupOrCode() throws Exception {
        List<Path> scripts = files(".js");
        assertTrue(scripts.size() >= 5, "app.js and its modules are packaged: " + scripts);
        for (Path js : scripts) {
            Matcher m = MARKUP_SINKS.matcher(Files.readString(js));
            assertFalse(m.find(), () -> js.getFileName() + " uses " + m.group() + "; build nodes with dom.js h()/text nodes");
        }
    }

    @Test
    void everythingIsServedFromTheSameProcess() throws Exception {
        for (Path f : files(".html", ".css", ".js")) {
            Matcher m = REMOTE.matcher(Files.readString(f));
            assertFalse(m.find(), () -> f.getFileName() + " loads from another host: " + m.group());
        }
    }

    @Test
    void pageLinksOnlyItsOwnFiles() throws Exception {
        String index = Files.readString(files(".html").get(0));
        for (String own : List.of("app.css", "app.js")) {
            assertTrue(index.contains("\"" + own + "\""), "index.html links " + own);
        }
        assertTrue(index.contains("lang=\"zh-CN\""));
    }
}
