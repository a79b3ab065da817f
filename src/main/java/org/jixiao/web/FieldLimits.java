package org.jixiao.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.stereotype.Component;

/**
 * The documented maximum of a form field, read from the {@code @Size(max = …)} of the form class
 * that validates it, so that the page's {@code maxlength} and the check cannot drift apart:
 * {@code th:maxlength="${@fieldLimits.max(form, 'username')}"}. A field without {@code @Size}
 * fails the page loudly instead of rendering without a maximum.
 */
@Component("fieldLimits")
public class FieldLimits {

    private final Validator validator;

    FieldLimits(Validator validator) {
        this.validator = validator;
    }

    /**
     * The maximum of a number field read with {@link DecimalText} rather than a form class (single-field
     * htmx posts such as a score): {@code th:maxlength="${@fieldLimits.decimal()}"}.
     */
    public int decimal() {
        return DecimalText.MAX_LENGTH;
    }

    /** The maximum length of {@code property} of {@code form} (an instance or its {@link Class}). */
    public int max(Object form, String property) {
        Class<?> type = form instanceof Class<?> given ? given : form.getClass();
        PropertyDescriptor descriptor = validator.getConstraintsForClass(type).getConstraintsForProperty(property);
        if (descriptor != null) {
            for (var constraint : descriptor.getConstraintDescriptors()) {
                if (constraint.getAnnotation() instanceof Size size) {
                    return size.max();
                }
            }
        }
        throw new IllegalStateException(type.getSimpleName() + "." + property + " has no @Size(max = …)");
    }
}
