package org.jixiao.portal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled evenly so that
 * {@code capacity} more are allowed every minute. Held in this node's memory only; behind several
 * nodes, or to stop a flood before it reaches the application, the reverse proxy's limit is the
 * real control (docs/portal.md).
 */
final class RateLimiter {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    /** Above this many addresses, buckets that have filled up again are forgotten. */
    private static final int FORGET_ABOVE = 10_000;

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile int capacity;

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.capacity = requirePositive(perMinute);
    }

    /** Takes one request from the client's bucket; {@code false} when it is empty. */
    boolean tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now, capacity));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now, capacity);
    }

    /** Seconds until the client's bucket holds a request again (at least 1). */
    long secondsUntilNext() {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(MINUTE / capacity) + 1);
    }

    int capacity() {
        return capacity;
    }

    /** Changes the requests per minute and starts every client with a full bucket; returns the old value. */
    int capacity(int perMinute) {
        int previous = capacity;
        capacity = requirePositive(perMinute);
        buckets.clear();
        return previous;
    }

    private static int requirePositive(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("每分钟请求数必须至少为 1");
        }
        return perMinute;
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized boolean take(long now, int capacity) {
            refill(now, capacity);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now, int capacity) {
            refill(now, capacity);
            return tokens >= capacity;
        }

        private void refill(long now, int capacity) {
            long elapsed = Math.max(0, now - refilledAt);
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / MINUTE);
            refilledAt = now;
        }
    }
}
