package org.selfeval.figures;

/** Chinese numerals as written in prose: 三百二十, 一千零五, 两万, 十二, 一二三 (digit by digit). */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    static int digit(char c) {
        return switch (c) {
            case '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new IllegalArgumentException("not a digit: " + c);
        };
    }

    static long parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        if (s.chars().noneMatch(ch -> "十百千万亿".indexOf(ch) >= 0)) {
            if (s.length() == 1) {
                return digit(s.charAt(0));
            }
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '亿' -> {
                    total = (total + section + number) * 100_000_000L;
                    section = 0;
                    number = 0;
                }
                case '万' -> {
                    section = (section + number) * 10_000L;
                    total += section;
                    section = 0;
                    number = 0;
                }
                case '千' -> {
                    section += (number == 0 && !any ? 1 : number) * 1000;
                    number = 0;
                }
                case '百' -> {
                    section += (number == 0 && !any ? 1 : number) * 100;
                    number = 0;
                }
                case '十' -> {
                    section += (number == 0 ? 1 : number) * 10;
                    number = 0;
                }
                default -> number = digit(c);
            }
            any = true;
        }
        return total + section + number;
    }
}
