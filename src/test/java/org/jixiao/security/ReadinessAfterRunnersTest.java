package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the {@link StartupGate} relies on: Spring Boot reports the application ready only after every
 * {@link ApplicationRunner} (which create the first accounts and the demonstration data) has run.
 */
class ReadinessAfterRunnersTest {

    @Test
    void theApplicationIsReadyOnlyAfterItsRunnersHaveRun() {
        SpringApplication application = new SpringApplication(Runners.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getBean(Probe.class).stateWhileRunning).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Runners {

        @Bean
        ApplicationAvailabilityBean applicationAvailability() {
            return new ApplicationAvailabilityBean();
        }

        @Bean
        Probe probe(ApplicationAvailability availability) {
            return new Probe(availability);
        }
    }

    static final class Probe implements ApplicationRunner {

        private final ApplicationAvailability availability;
        ReadinessState stateWhileRunning;

        Probe(ApplicationAvailability availability) {
            this.availability = availability;
        }

        @Override
        public void run(ApplicationArguments args) {
            stateWhileRunning = availability.getReadinessState();
        }
    }
}
