package org.jixiao.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily retention clean-up ({@link AuditRetention}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
