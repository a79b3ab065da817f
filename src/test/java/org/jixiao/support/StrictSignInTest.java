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
 * An integration test with the sign-in rules of a production installation where the suite relaxes
 * them: administrators must give a TOTP code ({@code jixiao.security.mfa.admin-required=true}) and
 * passwords expire after 90 days. A context of its own on the suite's database, which it migrates
 * but does not clean (that would pull the data from under the suite's other context); its tests
 * make their own worlds like every other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.security.mfa.admin-required=true", "jixiao.security.password.max-age=90d"})
@AutoConfigureMockMvc
@ActiveProfiles("it")
@Import({TestWorlds.class, MovableClock.Configuration.class})
public @interface StrictSignInTest {
}
