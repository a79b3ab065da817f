package org.jixiao.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A person at a browser, over plain HTTP: a session cookie, pages read with jsoup, forms posted as they are filled. */
final class FormClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Function<String, String> url;

    FormClient(Function<String, String> url) {
        this.url = url;
    }

    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.apply(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), url.apply(path));
    }

    /** Signs in through the login form; true when the application redirected to the home page. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        Element form = page("/login").selectFirst("form[action$=/login]");
        Map<String, String> fields = fields(form);
        fields.put("username", username);
        fields.put("password", password);
        HttpResponse<String> response = post("/login", fields);
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").matches(".*/(\\?.*)?$");
    }

    /** The names and current values of a form's inputs, text areas and selects (the CSRF token among them). */
    static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    yield selected != null ? selected.attr("value") : "";
                }
                default -> input.attr("value");
            };
            if (!input.attr("type").equals("file")) {
                fields.put(input.attr("name"), value);
            }
        }
        return fields;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url.apply(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.apply(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
