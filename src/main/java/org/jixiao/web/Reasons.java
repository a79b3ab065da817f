package org.jixiao.web;

import org.jspecify.annotations.Nullable;

/**
 * Tells the application's own refusal reasons from technical messages. Every reason the
 * application writes for people is Chinese; the JDK and the libraries write English
 * (“Invalid UUID string”, “Access Denied”), which must never reach a page.
 */
final class Reasons {

    private Reasons() {
    }

    static boolean isOwn(@Nullable String message) {
        return message != null && message.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
