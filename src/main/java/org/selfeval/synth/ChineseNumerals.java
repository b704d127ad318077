package org.selfeval.synth;

import java.math.BigDecimal;

/** Amounts written in Chinese numerals, as some reports print 到位资金: 一百二十万零三百点五. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL = {"", "十", "百", "千"};

    private ChineseNumerals() {
    }

    /** Non-negative amounts below 一亿, decimals read digit by digit after 点. */
    public static String of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String plain = v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        int dot = plain.indexOf('.');
        long whole = Long.parseLong(dot < 0 ? plain : plain.substring(0, dot));
        if (whole >= 100_000_000L || whole < 0) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        StringBuilder s = new StringBuilder();
        long high = whole / 10_000;
        long low = whole % 10_000;
        if (high > 0) {
            s.append(group((int) high)).append('万');
            if (low > 0 && low < 1000) {
                s.append('零');
            }
        }
        if (low > 0 || high == 0) {
            s.append(whole == 0 ? "零" : group((int) low));
        }
        String out = s.toString();
        if (out.startsWith("一十")) {
            out = out.substring(1);
        }
        if (dot >= 0) {
            StringBuilder d = new StringBuilder("点");
            for (char c : plain.substring(dot + 1).toCharArray()) {
                d.append(DIGITS.charAt(c - '0'));
            }
            out += d;
        }
        return out;
    }

    /** 1–9999 without leading 零: 一千零五, 三百二十. */
    private static String group(int n) {
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int p = 3; p >= 0; p--) {
            int d = (int) (n / Math.pow(10, p)) % 10;
            if (d == 0) {
                zero = s.length() > 0;
            } else {
                if (zero) {
                    s.append('零');
                    zero = false;
                }
                s.append(DIGITS.charAt(d)).append(SMALL[p]);
            }
        }
        return s.toString();
    }
}
