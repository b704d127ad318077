package org.selfeval.service;

import java.util.HashMap;
import java.util.Map;

/**
 * Login attempts per client address in fixed one-minute windows (service.http.login_attempts_per_minute).
 * Every attempt counts, right or wrong, so a guesser cannot tell a right token from the answer once
 * over the limit.
 */
final class LoginLimiter {

    static final long WINDOW_MILLIS = 60_000;
    /** Past this many addresses, windows that are over are dropped (bounded memory under a spray). */
    private static final int PRUNE_AT = 10_000;

    private record Window(long start, int count) {
    }

    private final int perWindow;
    private final Map<String, Window> windows = new HashMap<>();

    LoginLimiter(int perWindow) {
        this.perWindow = perWindow;
    }

    /** 0 when this attempt is allowed, else the seconds until the address may try again. */
    synchronized long acquire(String address, long nowMillis) {
        if (windows.size() > PRUNE_AT) {
            windows.values().removeIf(w -> nowMillis - w.start() >= WINDOW_MILLIS);
        }
        Window w = windows.get(address);
        if (w == null || nowMillis - w.start() >= WINDOW_MILLIS) {
            w = new Window(nowMillis, 0);
        }
        if (w.count() >= perWindow) {
            windows.put(address, w);
            return Math.max(1, (w.start() + WINDOW_MILLIS - nowMillis + 999) / 1000);
        }
        windows.put(address, new Window(w.start(), w.count() + 1));
        return 0;
    }
}
