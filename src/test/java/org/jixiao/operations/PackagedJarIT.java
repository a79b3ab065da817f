package org.jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as an administrator runs it: default embedded H2 file database (demo data,
 * accounts with a password given on the command line), JSON console logs, behind a TLS proxy.
 * Confirmed saves survive {@code kill -9}; log lines are JSON with the request id; the session
 * cookie is {@code Secure} when the proxy says the request came over https; metrics refuse a
 * client outside the administrators' network even through the proxy. Runs once, on H2 (the
 * durability in question is the embedded database's).
 */
@DisabledIfSystemProperty(named = "jixiao.test.database", matches = "postgres")
class PackagedJarIT {

    private static final String PASSWORD = "Kill9-Durable#2026";
    private static final int SAVES = 40;

    @TempDir
    static Path directory;

    static PackagedJar app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedJar.in(directory, "--jixiao.demo.password=" + PASSWORD, "--jixiao.demo.keep-passwords=true",
                "--logging.structured.format.console=ecs", "--server.forward-headers-strategy=native");
        app.start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
    }

    @Test
    void everyConfirmedSelfEvaluationSaveIsThereAfterKillDashNineAndARestart() throws Exception {
        FormClient clerk = new FormClient(app::url);
        assertThat(clerk.signIn("bdt", PASSWORD)).as("demo clerk signs in").isTrue();
        String selfPage = selfEvaluationPage(clerk);
        Elements forms = clerk.page(selfPage).select("form.ev-row-form");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(SAVES);

        String run = Long.toString(System.nanoTime(), 36);
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            Element form = forms.get(i);
            Map<String, String> fields = FormClient.fields(form);
            String marker = "耐久-" + run + "-" + i;
            fields.put("completion", marker);
            HttpResponse<String> saved = clerk.post(form.attr("action"), fields);
            if (saved.statusCode() == 302) {
                confirmed.add(marker);
            }
        }
        app.killHard();
        assertThat(confirmed).as("saves the application confirmed").hasSize(SAVES);

        app.start();
        FormClient again = new FormClient(app::url);
        assertThat(again.signIn("bdt", PASSWORD)).isTrue();
        String page = again.page(selfPage).html();
        List<String> found = confirmed.stream().filter(page::contains).toList();
        assertThat(found).as("confirmed saves found after kill -9 and restart").hasSize(confirmed.size());
    }

    @Test
    void aLogLineIsOneJsonObjectCarryingTheRequestIdOfItsRequest() throws Exception {
        HttpResponse<String> response = new FormClient(app::url).get("/login", "X-Request-Id", "ops-check-4711");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("ops-check-4711");

        String line = awaitConsoleLine("ops-check-4711");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("requestId").asString()).isEqualTo("ops-check-4711");
        assertThat(json.path("message").asString()).startsWith("GET /login 200");
        assertThat(json.path("@timestamp").asString()).isNotEmpty();
        assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        // Anonymous pages create no session (issue 11): the session begins at sign-in, so sign in through the proxy.
        assertThat(sessionCookieOfASignIn("X-Forwarded-Proto", "https")).hasValueSatisfying(cookie -> assertThat(cookie)
                .containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(sessionCookieOfASignIn()).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContainIgnoringCase("Secure"));
    }

    /** Signs the demo clerk in with the given request headers on both requests; the session cookie it got. */
    private static Optional<String> sessionCookieOfASignIn(String... headers) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(app.url("/login")));
        if (headers.length > 0) {
            get.headers(headers);
        }
        HttpResponse<String> login = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0];
        Map<String, String> fields = FormClient.fields(Jsoup.parse(login.body()).selectFirst("form[action$=/login]"));
        fields.put("username", "bdt");
        fields.put("password", PASSWORD);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            post.headers(headers);
        }
        HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("sign-in answers a redirect").isEqualTo(302);
        return sessionCookie(signedIn);
    }

    @Test
    void throughTheProxyHealthAnswersAnyoneAndMetricsOnlyTheAdministratorsNetwork() throws Exception {
        FormClient client = new FormClient(app::url);
        assertThat(client.get("/actuator/health", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(200);
        HttpResponse<String> outside = client.get("/actuator/prometheus", "X-Forwarded-For", "203.0.113.9");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("ADMIN_NETWORK_ONLY").doesNotContain("jvm_");
        HttpResponse<String> local = client.get("/actuator/prometheus");
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("jvm_memory_used_bytes");
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String selfEvaluationPage(FormClient clerk) throws Exception {
        String cycle = clerk.page("/").select("a[href^=/evaluation/cycles/]").first().attr("href");
        return clerk.page(cycle).select("a[href$=/self]").first().attr("href");
    }

    /** The request's line is written as the request ends, just after the response: wait for it briefly. */
    private static String awaitConsoleLine(String requestId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> line = Files.readAllLines(app.console()).stream()
                    .filter(l -> l.contains(requestId)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no console line with request id " + requestId);
    }
}
