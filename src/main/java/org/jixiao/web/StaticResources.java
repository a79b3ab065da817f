package org.jixiao.web;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Static files are served from three prefixes only: {@code /css/**}, {@code /js/**} and
 * {@code /webjars/**} (WebJars under their versioned paths, see {@link Assets}).
 *
 * <p>Why not Spring Boot's defaults: with webjars-locator-lite on the classpath Boot switches on the
 * resource chain and its {@code ResourceUrlEncodingFilter}, and maps static files at {@code /**}. Every
 * link a page renders then goes through {@code ResourceUrlProvider}, which tries to resolve it as a file
 * inside the jar: on the table page (~232 htmx links) that took 65% of the CPU. application.yml turns
 * the chain and the {@code /**} mapping off ({@code spring.web.resources.chain.enabled=false},
 * {@code add-mappings=false}); links are now written as they are.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    /**
     * Every page's model carries {@code assets} ({@link Assets}): {@code th:src="@{${assets.htmx}}"}, and
     * {@code navigation} ({@link Navigation}), the header's links.
     */
    @Bean
    static BeanPostProcessor assetPaths() {
        Assets assets = new Assets();
        Navigation navigation = new Navigation();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.addStaticVariable("assets", assets);
                    resolver.addStaticVariable("navigation", navigation);
                }
                return bean;
            }
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1));
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(hour);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(hour);
        // A WebJar's path carries its version, so the file behind a URL never changes.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }
}
