package org.jixiao.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on the public site as public pages (no sign-in header, a way back to the list): what
 * does not exist or is not published is 404, too many requests 429 with when to try again.
 */
@ControllerAdvice(assignableTypes = PublicController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return page(response, HttpStatus.NOT_FOUND, "portal.error.notFound", model);
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, HttpServletResponse response, Model model) {
        model.addAttribute("message", refused.getMessage());
        return page(response, HttpStatus.valueOf(refused.kind().status()), null, model);
    }

    @ExceptionHandler(TooManyRequests.class)
    String tooMany(TooManyRequests tooMany, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
        model.addAttribute("retryAfter", tooMany.retryAfterSeconds());
        return page(response, HttpStatus.TOO_MANY_REQUESTS, "portal.error.tooMany", model);
    }

    private static String page(HttpServletResponse response, HttpStatus status, @Nullable String messageKey,
                               Model model) {
        response.setStatus(status.value());
        model.addAttribute("messageKey", messageKey);
        return "portal/error";
    }
}
