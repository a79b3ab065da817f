package org.jixiao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  load demonstration data into an empty embedded (H2) database; never into PostgreSQL
 * @param password the password of every demonstration account
 */
@ConfigurationProperties("jixiao.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Demo#2025") String password) {
}
