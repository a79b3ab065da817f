package org.jixiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One application context for every integration test (so that the database is cleaned once per
 * run): a real server on a random port, MockMvc, the "it" profile, the test world factory and a
 * clock tests can move ({@link MovableClock}).
 * Runs on H2, and on PostgreSQL when the build configures one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("it")
@Import({CleanDatabase.class, TestWorlds.class, MovableClock.Configuration.class, SqlStatements.class})
public @interface IntegrationTest {
}
