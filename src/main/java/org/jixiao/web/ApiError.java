package org.jixiao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every refused JSON API request: {@code {"code": "UNIT_NAME_TAKEN", "message": "中文说明"}}
 * plus, where there are any, the details (findings, row problems) behind the refusal.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<?> details) {

    public ApiError(String code, String message) {
        this(code, message, List.of());
    }
}
