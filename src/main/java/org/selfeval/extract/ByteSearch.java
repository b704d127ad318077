package org.selfeval.extract;

import java.nio.charset.StandardCharsets;

/** Finds an ASCII marker in raw bytes without decoding them (format sniffing beyond Tika). */
public final class ByteSearch {

    private ByteSearch() {
    }

    public static boolean contains(byte[] haystack, String asciiNeedle) {
        byte[] needle = asciiNeedle.getBytes(StandardCharsets.US_ASCII);
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
