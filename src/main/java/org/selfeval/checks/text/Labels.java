package org.selfeval.checks.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canonical names for the quantities the text checks compare, so that "商品服务支出" and
 * "商品和服务支出" or "公务接待" and "公务接待费" count as one label. Only synonyms that name the
 * same quantity are merged; a sub-scope (人员经费 vs 工资福利支出) is never folded into its parent.
 */
public final class Labels {

    public static final String TOTAL = "全年支出";
    public static final String BASIC = "基本支出";
    public static final String PROJECT = "项目支出";
    public static final String PERSONNEL = "人员经费";
    public static final String PUBLIC_USE = "公用经费";
    public static final String THREE_PUBLIC = "三公经费";
    public static final String RECEPTION = "公务接待费";
    public static final String TOTAL_SCORE = "总分";

    private static final Map<Pattern, String> SYNONYMS = new LinkedHashMap<>();

    static {
        syn("(?:全年|年度|本年|当年)?(?:总支出|支出总额|全年支出|支出合计|全年执行数?|资金总额·?全年执行数|年度资金总额)", TOTAL);
        syn("基本支出", BASIC);
        syn("项目支出", PROJECT);
        syn("人员经费(?:支出)?", PERSONNEL);
        syn("(?:日常)?公用经费(?:支出)?", PUBLIC_USE);
        syn("三公经费(?:支出)?", THREE_PUBLIC);
        syn("公务接待(?:费|经费)?", RECEPTION);
        syn("工资福利(?:支出)?", "工资福利支出");
        syn("商品和?服务(?:支出)?", "商品和服务支出");
        syn("对个人和家庭(?:的)?补助(?:支出)?", "对个人和家庭的补助");
        syn("对企业(?:的)?补助(?:支出)?", "对企业补助");
        syn("资本性支出(?:\\(基本建设\\))?", "资本性支出");
        syn("债务利息(?:及费用)?支出", "债务利息及费用支出");
        syn("其他支出", "其他支出");
        syn("(?:因公)?出国(?:\\(境\\))?(?:费|经费)", "因公出国（境）费");
        syn("公务用车购置(?:及|和)(?:运行)?(?:维护)?(?:费|经费)", "公务用车购置及运行维护费");
        syn("公务用车(?:运行)?维护(?:费|经费)|公务用车运行费|公车运行维护(?:费)?", "公务用车运行维护费");
    }

    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’《》「」]|^(?:其中|含|包括)[:：]?|[:：]$");

    private Labels() {
    }

    private static void syn(String regex, String canonical) {
        SYNONYMS.put(Pattern.compile(regex), canonical);
    }

    /** The canonical label, or the cleaned label itself when it has no known synonym. */
    public static String canonical(String label) {
        if (label == null) {
            return "";
        }
        String s = clean(label);
        for (Map.Entry<Pattern, String> e : SYNONYMS.entrySet()) {
            if (e.getKey().matcher(s).matches()) {
                return e.getValue();
            }
        }
        return s;
    }

    /** Whether a prose label has a canonical name here (a synonym pattern matches it). */
    public static boolean known(String label) {
        if (label == null) {
            return false;
        }
        String s = clean(label);
        return SYNONYMS.keySet().stream().anyMatch(p -> p.matcher(s).matches());
    }

    /** Quotes, spaces, full-width brackets and list prefixes removed. */
    public static String clean(String label) {
        String s = label.replace('（', '(').replace('）', ')');
        s = NOISE.matcher(s).replaceAll("");
        return s.replaceAll("^\\d+[、.．]", "").strip();
    }
}
