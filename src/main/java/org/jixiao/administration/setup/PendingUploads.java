package org.jixiao.administration.setup;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Set-up files between preview and confirm, kept in the session under a random one-time token (as
 * the table import does): the confirm applies the file the server read, never anything the
 * browser posts back. A few per session; older ones are dropped.
 */
final class PendingUploads {

    private static final String KEY = PendingUploads.class.getName();
    private static final int MAX_PENDING = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What was uploaded for which cycle. */
    record Pending(long cycleId, byte[] content, String fileName) implements Serializable {
    }

    private PendingUploads() {
    }

    static String keep(HttpSession session, Pending pending) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Map<String, Pending> map = map(session);
        synchronized (map) {
            map.put(token, pending);
            while (map.size() > MAX_PENDING) {
                map.remove(map.keySet().iterator().next());
            }
        }
        session.setAttribute(KEY, map);
        return token;
    }

    /** The upload under the token, removed so that it is applied at most once. */
    static Optional<Pending> take(HttpSession session, String token) {
        Map<String, Pending> map = map(session);
        synchronized (map) {
            Optional<Pending> pending = Optional.ofNullable(map.remove(token));
            session.setAttribute(KEY, map);
            return pending;
        }
    }

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Pending> map(HttpSession session) {
        Object stored = session.getAttribute(KEY);
        if (stored instanceof Map<?, ?> map) {
            return (Map<String, Pending>) map;
        }
        Map<String, Pending> map = new LinkedHashMap<>();
        session.setAttribute(KEY, map);
        return map;
    }
}
