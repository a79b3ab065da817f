package org.jixiao.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every refused JSON API request into {@code {"code", "message"}} with a 4xx status, so that
 * a script learns what was wrong without parsing a page. Applies to {@link RestController}s only;
 * pages keep {@link ErrorAdvice}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    @ExceptionHandler(Refused.class)
    ResponseEntity<ApiError> refused(Refused e) {
        return ResponseEntity.status(e.kind().status()).body(new ApiError(e.code(), e.getMessage(), e.details()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ApiError> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "FORBIDDEN", Reasons.isOwn(e.getMessage()) ? e.getMessage() : "无权进行此操作");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return error(HttpStatus.CONFLICT, "STALE_VERSION", "数据已被他人修改，请重新读取后再试");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ApiError> duplicate(DuplicateKeyException e) {
        return error(HttpStatus.CONFLICT, "DUPLICATE", "与已有记录重复（名称或用户名已存在）");
    }

    /**
     * A {@code @Valid} request body with fields the form annotations refuse: {@code TOO_LONG} when every
     * problem is a length ({@code @Size}), otherwise {@code INVALID_FIELD}; the details name each field.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream().map(FieldProblem::of).toList();
        boolean lengths = !problems.isEmpty() && problems.stream().allMatch(p -> p.code().equals("TOO_LONG"));
        return ResponseEntity.badRequest().body(new ApiError(lengths ? "TOO_LONG" : "INVALID_FIELD",
                String.join("；", problems.stream().map(FieldProblem::message).toList()), problems));
    }

    /** One refused field of a request body: its name (as in the JSON), a stable code and the Chinese message. */
    record FieldProblem(String field, String code, String message) {

        static FieldProblem of(FieldError error) {
            String code = "Size".equals(error.getCode()) ? "TOO_LONG" : "INVALID_FIELD";
            String message = error.isBindingFailure() || error.getDefaultMessage() == null
                    ? error.getField() + "：取值不正确" : error.getDefaultMessage();
            return new FieldProblem(error.getField(), code, message);
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体不是有效的 JSON，或字段类型不正确");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "请求参数缺失或格式不正确");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的请求内容类型：" + e.getContentType());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "上传的文件超过大小上限");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> illegal(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID", Reasons.isOwn(e.getMessage()) ? e.getMessage() : "请求内容不正确");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
