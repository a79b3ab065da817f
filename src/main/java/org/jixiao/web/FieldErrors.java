package org.jixiao.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;

/**
 * The field errors of a {@code @Valid} form as {@code field → Chinese message}, for the pages that
 * show their own per-field map beside each field ({@code errors['series']}) rather than
 * {@code fragments/field :: error}. The first error of a field wins.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Keeps {@code form} and its errors in the model for the page shown again. A value that could not
     * be converted (a role that is none) leaves the binding without a target under constructor binding;
     * the errors are then carried over to one that reads {@code form}, so that each field shows what
     * was typed and its message. Put the same {@code form} in the model afterwards, never a copy.
     */
    public static void keep(Model model, Object form, BindingResult binding) {
        if (binding.getTarget() == form) {
            return;
        }
        BindingResult kept = new DirectFieldBindingResult(form, binding.getObjectName());
        kept.addAllErrors(binding);
        model.addAttribute(binding.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), kept);
    }

    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            String message = error.getDefaultMessage();
            errors.putIfAbsent(error.getField(), error.isBindingFailure() || message == null
                    ? "取值不正确，请从页面上的选项中选择或按提示重新填写" : message);
        }
        return errors;
    }
}
