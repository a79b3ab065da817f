package org.jixiao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  load demonstration data into an empty embedded (H2) database; never into PostgreSQL
 * @param password      the password of every demonstration account
 * @param keepPasswords whether the demo administrator keeps the demonstration password (a training
 *                      room); otherwise it must set its own at the first sign-in
 */
@ConfigurationProperties("jixiao.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Demo#2025ok") String password,
                             @DefaultValue("false") boolean keepPasswords) {
}
