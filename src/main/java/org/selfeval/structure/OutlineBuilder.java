package org.selfeval.structure;

import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.model.TextStyle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recovers the heading hierarchy from paragraphs: numbering tokens (一、 （一） 1. （1）) first,
 * Word heading styles where there is no token, and attachment titles (附件, table titles).
 *
 * <p>Levels come from the nesting actually seen, not from a fixed table: a scheme first met under
 * a heading becomes that heading's child. A token that continues a sibling in another scheme
 * (（2） right after （一）) is taken as that sibling and its drift is recorded.
 */
public final class OutlineBuilder {

    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*\\d*\\s*[：:]?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[；;，,]$");
    private static final Pattern TABLE_TITLE = Pattern.compile("^(附件\\s*\\d*\\s*[：:：]?\\s*)?.{2,}(表|清单|一览表)$");

    private static final Pattern DOCUMENT_TITLE = Pattern.compile("报告|自评|绩效评价");

    private final OutlineRules rules;

    public OutlineBuilder() {
        this(OutlineRules.defaults());
    }

    public OutlineBuilder(OutlineRules rules) {
        this.rules = rules;
    }

    /** One open heading on the outline stack. */
    private record Open(NumberingScheme scheme, int value, int level) {
    }

    public ReportDocument apply(ReportDocument doc) {
        List<Block> in = doc.blocks();
        List<Block> out = new ArrayList<>(in.size());
        Deque<Open> stack = new ArrayDeque<>();
        boolean inAttachments = false;
        boolean seenNumbered = false;
        // The last numbered line taken as a list item: its successors are items too, however short.
        NumberingToken lastItem = null;
        for (int i = 0; i < in.size(); i++) {
            Block block = in.get(i);
            if (!(block instanceof Paragraph p)) {
                out.add(block);
                continue;
            }
            String text = p.text().strip();
            if (ATTACHMENT_LIST.matcher(text).matches()) {
                stack.clear();
                stack.push(new Open(NumberingScheme.ATTACHMENT, 0, 1));
                inAttachments = true;
                out.add(heading(p, "", NumberingScheme.ATTACHMENT, 1, text, null));
                continue;
            }
            NumberingToken token = NumberingToken.parse(text);
            // A numbered line is a table title only right above its table; otherwise it is an
            // item of the 附件 list or a section heading.
            if (isTableTitle(text, in, i, token == null ? rules.tableTitleLookahead() : 1)) {
                stack.clear();
                stack.push(new Open(NumberingScheme.ATTACHMENT, 0, 1));
                out.add(heading(p, "", NumberingScheme.ATTACHMENT, 1, text, null));
                continue;
            }
            if (token != null) {
                boolean continuesList = lastItem != null && lastItem.scheme() == token.scheme()
                        && lastItem.value() + 1 == token.value();
                if (!continuesList && looksLikeHeading(token.rest(), p.style())) {
                    seenNumbered = true;
                    lastItem = null;
                    out.add(place(p, token, stack, inAttachments));
                    continue;
                }
                lastItem = token;
                out.add(block);
                continue;
            }
            Integer styleLevel = styleLevel(p.style());
            // A styled title line above the numbered outline is the document title, not a section:
            // PDFs carry no styles, so promoting it would make Word and PDF outlines differ.
            boolean documentTitle = !seenNumbered && DOCUMENT_TITLE.matcher(text).find();
            if (styleLevel != null && !documentTitle && !text.isEmpty() && text.length() <= rules.maxHeadingChars() * 2) {
                while (!stack.isEmpty() && stack.peek().level() >= styleLevel) {
                    stack.pop();
                }
                stack.push(new Open(NumberingScheme.NONE, 0, styleLevel));
                out.add(heading(p, "", NumberingScheme.NONE, styleLevel, text, null));
                continue;
            }
            out.add(block);
        }
        return doc.withBlocks(out);
    }

    private Heading place(Paragraph p, NumberingToken token, Deque<Open> stack, boolean inAttachments) {
        String drift = null;
        // Same scheme already open: that level (closing anything deeper).
        Open sameScheme = find(stack, token.scheme());
        int level;
        if (sameScheme != null) {
            while (stack.peek() != sameScheme) {
                stack.pop();
            }
            stack.pop();
            level = sameScheme.level();
            if (token.value() != sameScheme.value() + 1 && token.value() != 1) {
                drift = "编号不连续：" + token.token() + " 接在第" + sameScheme.value() + "项之后";
            }
        } else {
            Open sibling = continuedSibling(stack, token);
            if (sibling != null) {
                while (stack.peek() != sibling) {
                    stack.pop();
                }
                stack.pop();
                level = sibling.level();
                drift = "编号体例不一致：" + token.token() + " 与同级的" + describe(sibling.scheme()) + "编号混用";
                stack.push(new Open(sibling.scheme(), token.value(), level));
                return heading(p, token.token(), token.scheme(), level, token.rest(), drift);
            }
            level = stack.isEmpty() ? 1 : stack.peek().level() + 1;
            if (token.value() != 1 && !inAttachments) {
                drift = "编号未从1开始：" + token.token();
            }
        }
        stack.push(new Open(token.scheme(), token.value(), level));
        return heading(p, token.token(), token.scheme(), level, token.rest(), drift);
    }

    /** An open heading in another scheme whose next ordinal this token is, e.g. （一） then （2）. */
    private static Open continuedSibling(Deque<Open> stack, NumberingToken token) {
        if (token.value() == 1) {
            return null;
        }
        Open top = stack.peek();
        if (top != null && top.value() + 1 == token.value() && top.scheme() != NumberingScheme.ATTACHMENT
                && top.scheme() != NumberingScheme.NONE) {
            return top;
        }
        return null;
    }

    private static Open find(Deque<Open> stack, NumberingScheme scheme) {
        for (Open o : stack) {
            if (o.scheme() == scheme) {
                return o;
            }
        }
        return null;
    }

    private boolean looksLikeHeading(String rest, TextStyle style) {
        if (rest.isEmpty()) {
            return false;
        }
        if (styleLevel(style) != null) {
            return true;
        }
        return rest.length() <= rules.maxHeadingChars() && !SENTENCE_END.matcher(rest).matches();
    }

    private boolean isTableTitle(String text, List<Block> blocks, int index, int lookahead) {
        if (text.length() > rules.maxAttachmentTitleChars() || !TABLE_TITLE.matcher(text).matches()) {
            return false;
        }
        for (int j = index + 1; j <= index + lookahead && j < blocks.size(); j++) {
            if (blocks.get(j) instanceof Table) {
                return true;
            }
        }
        return false;
    }

    private static Integer styleLevel(TextStyle style) {
        if (style.outlineLevel() != null && style.outlineLevel() >= 0 && style.outlineLevel() < 9) {
            return style.outlineLevel() + 1;
        }
        String name = style.styleName();
        if (name != null) {
            var m = Pattern.compile("(?i)^(heading|标题)\\s*(\\d)$").matcher(name.strip());
            if (m.matches()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return null;
    }

    private static String describe(NumberingScheme s) {
        return switch (s) {
            case CHINESE -> "“一、”";
            case CHINESE_PAREN -> "“（一）”";
            case ARABIC -> "“1.”";
            case ARABIC_PAREN -> "“（1）”";
            default -> "";
        };
    }

    private static Heading heading(Paragraph p, String token, NumberingScheme scheme, int level, String title,
                                   String drift) {
        return new Heading(token, scheme, level, title, p.page(), drift, p.ocr(), p.box());
    }
}
