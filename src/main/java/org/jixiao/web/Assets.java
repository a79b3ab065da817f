package org.jixiao.web;

import org.webjars.WebJarVersionLocator;

/**
 * The versioned paths of the WebJar files the pages load, looked up once at startup, for templates
 * (a static variable of every view, see {@link StaticResources}): {@code th:src="@{${assets.htmx}}"}. A versioned path needs no resolution per request (see
 * {@link StaticResources}); upgrading the WebJar in pom.xml changes it without touching a template.
 */
public class Assets {

    private final String htmx;

    public Assets() {
        this.htmx = webjar(new WebJarVersionLocator(), "htmx.org", "dist/htmx.min.js");
    }

    /** E.g. {@code /webjars/htmx.org/2.0.4/dist/htmx.min.js}. */
    public String htmx() {
        return htmx;
    }

    private static String webjar(WebJarVersionLocator locator, String name, String file) {
        String version = locator.version(name);
        if (version == null) {
            throw new IllegalStateException("WebJar " + name + " is missing from the classpath");
        }
        return "/webjars/" + name + "/" + version + "/" + file;
    }
}
