package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns refused requests into a message a person can act on: for an htmx request a message
 * swapped into the page's message area (the page stays as it was), otherwise the error page.
 * Nothing is stored by a refused request: the services change nothing before they throw.
 */
@ControllerAdvice
class ErrorAdvice {

    private final MessageSource messages;

    private final String maxFileSize;

    ErrorAdvice(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:20MB}") String maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.NOT_FOUND, message("error.notFound"), request, response, model);
    }

    /** A refusal with its own reason: the page shows that reason, not a generic text. */
    @ExceptionHandler(Refused.class)
    String refused(Refused e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.valueOf(e.kind().status()), e.getMessage(), request, response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.FORBIDDEN, message("error.forbidden"), request, response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.CONFLICT, message("error.conflict"), request, response, model);
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    String invalid(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.BAD_REQUEST, messages.getMessage("error.invalid", new Object[] {e.getMessage()},
                LocaleContextHolder.getLocale()), request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("error.tooLarge", new Object[] {maxFileSize},
                LocaleContextHolder.getLocale()), request, response, model);
    }

    private String render(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
            return "fragments/message :: message";
        }
        return "error";
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
