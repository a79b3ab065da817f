package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages load every asset they name from a versioned or fixed path, and links are rendered as written:
 * no resource chain resolves each link against the jar (issue 11).
 */
@IntegrationTest
class StaticResourcesIT {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAssetOfTheSignInPageAndThePortalLoads() throws Exception {
        List<String> assets = new ArrayList<>();
        assets.addAll(assetsOf(get("/login").body()));
        assets.addAll(assetsOf(get("/public").body()));

        assertThat(assets).contains("/css/app.css", "/js/app.js", "/css/portal.css")
                .anyMatch(path -> path.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js"));
        for (String asset : assets) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void htmxIsServedUnderItsVersionedPathOnly() throws Exception {
        HttpResponse<String> versioned = get(new Assets().htmx());
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.body()).contains("htmx");
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
    }

    @Test
    void noFilterResolvesRenderedLinksAsResources() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    private static List<String> assetsOf(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
