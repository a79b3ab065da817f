package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refused requests into a message a person can act on: for an htmx request a message
 * swapped into the page's message area (the page stays as it was), otherwise the error page.
 * The page shows the refusal's own Chinese reason; messages written by the JDK or a library
 * (English, technical) are never shown, they are logged and replaced by a general Chinese text.
 * Nothing is stored by a refused request: the services change nothing before they throw.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    private final String maxFileSize;

    ErrorAdvice(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:20MB}") String maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.NOT_FOUND, reasonOr(e, "error.notFound"), request, response, model);
    }

    /** A refusal with its own reason: the page shows that reason, not a generic text. */
    @ExceptionHandler(Refused.class)
    String refused(Refused e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.valueOf(e.kind().status()), e.getMessage(), request, response, model);
    }

    /** The services say why (“只有本单位经办人可以提交自评”); Spring Security's own “Access Denied” is not shown. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.FORBIDDEN, reasonOr(e, "error.forbidden"), request, response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.CONFLICT, message("error.conflict"), request, response, model);
    }

    /** Two requests stored the same thing at the same moment, or a name is taken: nothing of this request was stored. */
    @ExceptionHandler(DuplicateKeyException.class)
    String duplicate(DuplicateKeyException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.info("Duplicate key refused on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return render(HttpStatus.CONFLICT, message("error.duplicate"), request, response, model);
    }

    /** A value the forms did not check reached the database (e.g. too long): the transaction was rolled back. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String unstorable(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response,
                      Model model) {
        log.warn("Input refused by the database on {}", request.getRequestURI(), e);
        return render(HttpStatus.BAD_REQUEST, message("error.unstorable"), request, response, model);
    }

    /**
     * The application's own messages are Chinese and are shown; the JDK's and libraries' (e.g.
     * “Invalid UUID string: abc”) are logged and replaced by a general text.
     */
    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    String invalid(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!Reasons.isOwn(e.getMessage())) {
            log.warn("Request refused on {}", request.getRequestURI(), e);
            return render(HttpStatus.BAD_REQUEST, message("error.invalidInput"), request, response, model);
        }
        return render(HttpStatus.BAD_REQUEST, messages.getMessage("error.invalid", new Object[] {e.getMessage()},
                LocaleContextHolder.getLocale()), request, response, model);
    }

    /** A malformed address or form (“/tables/not-a-uuid”, a missing parameter, a number that is not one). */
    @ExceptionHandler({TypeMismatchException.class, BindException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MissingPathVariableException.class,
            HttpMessageNotReadableException.class})
    String malformed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.debug("Malformed request {}: {}", request.getRequestURI(), e.getMessage());
        return render(HttpStatus.BAD_REQUEST, message("error.malformed"), request, response, model);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    String noSuchPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.NOT_FOUND, message("error.noSuchPage"), request, response, model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.METHOD_NOT_ALLOWED, message("error.noSuchPage"), request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("error.tooLarge", new Object[] {maxFileSize},
                LocaleContextHolder.getLocale()), request, response, model);
    }

    private String render(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
            return "fragments/message :: message";
        }
        return "error";
    }

    private String reasonOr(RuntimeException e, String fallbackCode) {
        return Reasons.isOwn(e.getMessage()) ? e.getMessage() : message(fallbackCode);
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
