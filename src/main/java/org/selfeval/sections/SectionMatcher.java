package org.selfeval.sections;

import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.config.ConfigLoader;
import org.selfeval.profile.PartMatcher;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a document's outline to a profile's required parts and attachments, and scores
 * completeness (rubric §5.3).
 *
 * <p>Only headings count: a paragraph that merely names sections (a table of contents, the 附件
 * list) does not make them present. A body part is a top-level heading of the body; its body of
 * "无" counts as present, an empty body does not. An attachment is present when a table titled
 * with it has filled cells.
 */
public final class SectionMatcher {

    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** "1.部门整体支出绩效评价基础数据表": an entry of the 附件 list, which only names the attachment. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\d{1,2}\\s*[.．、]");

    private final PartMatcher partMatcher;

    /** Matching as configured in the config folder (alias patterns, then meaning). */
    public SectionMatcher() {
        this(ProfileRegistry.load(ConfigLoader.configDir().resolve("rules")).partMatcher());
    }

    public SectionMatcher(PartMatcher partMatcher) {
        this.partMatcher = partMatcher;
    }

    public SectionReport match(ReportDocument doc, RuleProfile profile) {
        List<Block> blocks = doc.blocks();
        Map<Integer, RuleProfile.Part> matchedAt = partMatcher.assign(blocks, attachmentZoneStart(blocks), profile);
        Set<String> found = new HashSet<>();
        matchedAt.forEach((i, part) -> {
            // "无" is a body. An empty body counts as present where "无" would be acceptable,
            // and in OCR'd text, where a one-character line is easily lost.
            if (part.allowNone() || ((Heading) blocks.get(i)).ocr() || hasBody(blocks, i)) {
                found.add(part.id());
            }
        });
        List<SectionReport.Missing> missing = new ArrayList<>();
        for (RuleProfile.Part part : profile.bodyParts()) {
            if (!found.contains(part.id())) {
                missing.add(new SectionReport.Missing("section", part.title(), part.id()));
            }
        }
        int attMissing = 0;
        for (RuleProfile.Part part : profile.attachments().required()) {
            if (!attachmentPresent(blocks, part.pattern())) {
                missing.add(new SectionReport.Missing("attachment", part.title(), part.id()));
                attMissing++;
            }
        }
        List<String> conditionalMissing = profile.attachments().conditional().stream()
                .filter(part -> !attachmentPresent(blocks, part.pattern()))
                .map(RuleProfile.Part::title).toList();

        List<SectionReport.Section> sections = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h) {
                RuleProfile.Part part = matchedAt.get(i);
                sections.add(new SectionReport.Section(h.numbering(), h.title(), h.level(), h.page(),
                        part == null ? null : part.title(), part == null ? null : part.id()));
            }
        }
        RuleProfile.Completeness c = profile.scoring().completeness();
        int bodyMissing = profile.bodyParts().size() - found.size();
        double body = Math.max(0, c.bodyMax() - c.bodyPerMissing() * bodyMissing);
        double att = Math.max(0, c.attMax() - c.attPerMissing() * attMissing);
        return new SectionReport(sections, missing, new SectionReport.Completeness(body, c.bodyMax(), att, c.attMax()),
                conditionalMissing);
    }

    static boolean matches(Pattern pattern, String title) {
        return PartMatcher.patternMatches(pattern, title);
    }

    /** Index of the first attachment heading (附件 or a table title); the body ends there. */
    static int attachmentZoneStart(List<Block> blocks) {
        return PartMatcher.bodyEnd(blocks);
    }

    /** Whether anything (text, "无", a table) stands between the heading and the next one of its level. */
    private static boolean hasBody(List<Block> blocks, int headingIndex) {
        int level = ((Heading) blocks.get(headingIndex)).level();
        for (int j = headingIndex + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Heading h) {
                if (h.level() <= level || h.scheme() == NumberingScheme.ATTACHMENT) {
                    return false;
                }
                return true; // a sub-heading: the section has content
            }
            if (b instanceof Table || (b instanceof Paragraph p && !p.text().isBlank())) {
                return true;
            }
        }
        return false;
    }

    static boolean attachmentPresent(List<Block> blocks, Pattern title) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t && titled(blocks, i, title) && filled(t)) {
                return true;
            }
        }
        return untabulatedAttachment(blocks, title);
    }

    /**
     * An attachment whose table was not recovered as a table (a scanned page, a PDF table drawn
     * without rulings): its title line, not an item of the 附件 list, followed by lines of figures.
     */
    private static boolean untabulatedAttachment(List<Block> blocks, Pattern title) {
        // Only after the body: prose that mentions a form ("详见部门整体支出绩效自评表") is not one.
        for (int i = attachmentZoneStart(blocks); i < blocks.size(); i++) {
            String text = blocks.get(i) instanceof Paragraph p ? p.text()
                    : blocks.get(i) instanceof Heading h && h.scheme() == NumberingScheme.ATTACHMENT ? h.title() : null;
            if (text == null || text.length() > 50 || !matches(title, text) || LIST_ITEM.matcher(text).find()) {
                continue;
            }
            int lines = 0;
            boolean figures = false;
            for (int j = i + 1; j < Math.min(blocks.size(), i + 8); j++) {
                Block b = blocks.get(j);
                if (b instanceof Heading h && h.scheme() == NumberingScheme.ATTACHMENT) {
                    break;
                }
                if (b instanceof Paragraph p && !p.text().isBlank()) {
                    lines++;
                    figures |= HAS_DIGIT.matcher(p.text()).find();
                }
            }
            if (lines >= 3 && figures) {
                return true;
            }
        }
        return false;
    }

    /** The table's title: an attachment heading just above it, or a title row inside it. */
    private static boolean titled(List<Block> blocks, int tableIndex, Pattern title) {
        for (int j = tableIndex - 1; j >= Math.max(0, tableIndex - 3); j--) {
            Block b = blocks.get(j);
            if (b instanceof Heading h) {
                if (title.matcher(h.title()).find()) {
                    return true;
                }
                break;
            }
            if (b instanceof Table) {
                break;
            }
        }
        Table t = (Table) blocks.get(tableIndex);
        return t.cells().stream().filter(c -> c.row() < 2).anyMatch(c -> title.matcher(c.text()).find());
    }

    private static boolean filled(Table t) {
        long nonEmpty = t.cells().stream().filter(c -> !c.text().isBlank()).count();
        boolean digits = t.cells().stream().anyMatch(c -> HAS_DIGIT.matcher(c.text()).find());
        return digits || nonEmpty >= 4;
    }
}
