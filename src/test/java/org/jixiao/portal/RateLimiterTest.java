package org.jixiao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A token bucket per client address: N at once, N more per minute, refilled evenly. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(3, now::get);

    @Test
    void allowsTheCapacityAtOnceThenRefuses() {
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void eachAddressHasItsOwnBucket() {
        exhaust("10.0.0.1");

        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void refillsOneRequestPerMinuteOverCapacity() {
        exhaust("10.0.0.1");

        now.addAndGet(TimeUnit.SECONDS.toNanos(19));
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.secondsUntilNext()).isEqualTo(21);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        exhaust("10.0.0.1");

        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void aNewCapacityStartsEveryClientAfresh() {
        exhaust("10.0.0.1");

        assertThat(limiter.capacity(5)).isEqualTo(3);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    private void exhaust(String client) {
        while (limiter.tryAcquire(client)) {
            // take every request the bucket holds
        }
    }
}
