package org.jixiao.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.web.ApiError;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes a refusal of the security filters as the API's error body {@code {"code", "message"}}. */
final class JsonRefusal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRefusal() {
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new ApiError(code, message)));
    }
}
