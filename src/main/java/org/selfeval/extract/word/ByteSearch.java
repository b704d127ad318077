package org.selfeval.extract.word;

import java.nio.charset.StandardCharsets;

/** Finds an ASCII marker in raw bytes without decoding them. */
final class ByteSearch {

    private ByteSearch() {
    }

    static boolean contains(byte[] haystack, String asciiNeedle) {
        byte[] needle = asciiNeedle.getBytes(StandardCharsets.US_ASCII);
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
