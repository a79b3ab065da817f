package org.jixiao.portal;

/** A client asked for public pages faster than the rate limit allows; answered with 429. */
final class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(long retryAfterSeconds) {
        super("请求过于频繁", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
