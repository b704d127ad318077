package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.index.IndexedReport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Look-ups over one indexed report's figures by canonical label and the year its period names. */
final class YearFacts {

    static final String ACTUAL_SUFFIX = "·决算数";
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final IndexedReport report;

    YearFacts(IndexedReport report) {
        this.report = report;
    }

    IndexedReport report() {
        return report;
    }

    int year() {
        return report.year();
    }

    List<FigureEntry> figures() {
        return report.figures();
    }

    /** The year a period names ("2023年决算数" → 2023), or null. */
    static Integer yearOf(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = YEAR.matcher(period);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A 决算 (actual) figure of the given year. */
    static boolean isActualOf(FigureEntry f, int year) {
        Integer y = yearOf(f.period());
        return y != null && y == year && f.period().contains("决算");
    }

    static boolean isMoney(FigureEntry f) {
        return "万元".equals(f.unit());
    }

    /** Distinct table values of {@code label} stated as {@code year}'s actual (决算). */
    List<Double> tableActuals(String label, int year) {
        return report.figures().stream()
                .filter(f -> "table".equals(f.source()) && label.equals(f.label()) && isMoney(f) && isActualOf(f, year))
                .map(FigureEntry::value).distinct().toList();
    }

    /**
     * Distinct values of a quantity's actual for {@code year}: the table row "{label}·决算数" when the
     * report has one, else prose figures of that label naming the year's 决算.
     */
    List<Double> actuals(String label, int year) {
        List<Double> table = tableActuals(label + ACTUAL_SUFFIX, year);
        if (!table.isEmpty()) {
            return table;
        }
        return report.figures().stream()
                .filter(f -> "text".equals(f.source()) && label.equals(f.label()) && isMoney(f) && isActualOf(f, year))
                .map(FigureEntry::value).distinct().toList();
    }

    /** The file name without folders, for messages. */
    String fileName() {
        String f = report.file() == null ? "" : report.file();
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return f.substring(slash + 1);
    }
}
