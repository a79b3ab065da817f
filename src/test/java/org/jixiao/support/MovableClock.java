package org.jixiao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system clock, which a test may move forward
 * (e.g. past a lockout window) instead of sleeping, and must put back when it is done.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock clock = new MovableClock(zone);
        clock.offset = offset;
        return clock;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.systemDefault());
        }
    }
}
