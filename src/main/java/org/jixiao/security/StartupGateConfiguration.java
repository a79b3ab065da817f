package org.jixiao.security;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link StartupGate} in front of every other filter, the security filters included. */
@Configuration
class StartupGateConfiguration {

    @Bean
    FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability, MessageSource messages) {
        FilterRegistrationBean<StartupGate> registration =
                new FilterRegistrationBean<>(new StartupGate(availability, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
