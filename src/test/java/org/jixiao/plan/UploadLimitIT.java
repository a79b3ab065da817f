package org.jixiao.plan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload over the size limit is answered with a message naming the limit, on the real server. */
@IntegrationTest
class UploadLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Test
    void uploadOverTheLimitIsRefusedWithAMessageNamingTheLimit() throws Exception {
        TestWorlds.World world = worlds.create();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        // Sign in for a session and a CSRF token, as a browser would.
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + world.clerkA().username()
                                + "&password=" + TestWorlds.PASSWORD.replace("#", "%23") + "&_csrf=" + token))
                        .build(), HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/tables/" + world.tableA()))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = page.replaceAll("(?s).*&quot;X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;.*", "$1");
        String importPath = "/cycles/" + world.cycle().id() + "/units/" + world.unitA().id() + "/import";

        byte[] big = new byte[21 * 1024 * 1024];
        String boundary = "----jixiao";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + importPath))
                        .header("Cookie", session).header("X-CSRF-TOKEN", csrf)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.body()).contains("上传的文件超过 20MB 的上限");
    }
}
