package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Anonymous visitors get no session (issue 11): the sign-in form keeps its CSRF token in a cookie,
 * and the login POST is still refused without it. Real HTTP, so that cookies are what a browser sees.
 */
@IntegrationTest
class AnonymousSessionIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    WebApplicationContext context;

    /**
     * MockMvc's {@code csrf()} in other tests of this shared context swaps the page chain's token
     * repository for a session-backed test one; put the application's own back before talking to the server.
     */
    @BeforeEach
    void restoreTheApplicationsCsrfTokenRepository() {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/login");
        request.setServletPath("/login");
        WebTestUtils.setCsrfTokenRepository(request, SecurityConfiguration.csrfTokens());
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageAndARedirectToItCreateNoSession() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).build());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookies(login)).noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly") && c.contains("SameSite=Strict"));
        assertThat(TOKEN.matcher(login.body()).find()).isTrue();

        HttpResponse<String> protectedPage = send(HttpRequest.newBuilder(uri("/")).build());
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(cookies(protectedPage)).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void signingInNeedsTheFormsTokenAndThenOpensASession() throws Exception {
        TestWorlds.World world = worlds.create();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).build());
        String cookie = cookies(login).stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0];
        Matcher token = TOKEN.matcher(login.body());
        assertThat(token.find()).isTrue();
        String credentials = "username=" + world.clerkA().username() + "&password="
                + URLEncoder.encode(TestWorlds.PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> forged = post(credentials, cookie);
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> signedIn = post(credentials + "&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8), cookie);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(cookies(signedIn)).anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    private HttpResponse<String> post(String form, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
