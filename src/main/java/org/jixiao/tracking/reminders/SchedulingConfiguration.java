package org.jixiao.tracking.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily reminder job; jixiao.tracking.reminders.scheduled=false turns it off (tests run it by hand). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "jixiao.tracking.reminders.scheduled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
