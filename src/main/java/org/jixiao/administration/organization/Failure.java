package org.jixiao.administration.organization;

import java.util.Comparator;
import java.util.Map;
import org.jixiao.web.FieldErrors;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A refused form on a page: which form it was and the messages by field ("" for the form as a
 * whole), so that the page is shown again with each message beside its field.
 */
public record Failure(String form, Map<String, String> errors) {

    static final Failure NONE = new Failure("", Map.of());

    public Failure {
        errors = Map.copyOf(errors);
    }

    /**
     * Runs {@code change} for {@code form}. A refusal of the input (invalid, conflicting) becomes a
     * failure whose message sits at the field named by the longest prefix of its code in
     * {@code fieldsByCode}; a refusal because something does not exist or is forbidden goes on to
     * the error page.
     */
    static Failure attempt(String form, Map<String, String> fieldsByCode, Runnable change) {
        try {
            change.run();
            return NONE;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            return new Failure(form, Map.of(fieldOf(refused.code(), fieldsByCode), refused.getMessage()));
        }
    }

    /**
     * As {@link #attempt(String, Map, Runnable)}, but a form that Bean Validation refused (a value
     * longer than its field's maximum, a choice that is none) is not handed on: each message stands
     * beside its own field, whatever else the form lacks.
     */
    static Failure attempt(String form, Map<String, String> fieldsByCode, BindingResult binding, Runnable change) {
        if (binding.hasErrors()) {
            return new Failure(form, FieldErrors.of(binding));
        }
        return attempt(form, fieldsByCode, change);
    }

    /**
     * The binding of {@code form}, whose errors (if any) are kept in {@code model} with the form as
     * typed: a value that could not be converted leaves the binding without a target, and the page
     * must still show the form (see {@link FieldErrors#keep}).
     */
    static BindingResult kept(Model model, Object form, BindingResult binding) {
        if (binding.hasErrors()) {
            FieldErrors.keep(model, form, binding);
        }
        return binding;
    }

    static String fieldOf(String code, Map<String, String> fieldsByCode) {
        return fieldsByCode.keySet().stream().filter(code::startsWith).max(Comparator.comparingInt(String::length))
                .map(fieldsByCode::get).orElse("");
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The message beside {@code field} of {@code form}, if that form was refused there. */
    public @Nullable String at(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }

    /** The message about the form as a whole (e.g. a unit that has a table cannot leave), if any. */
    public @Nullable String general() {
        return errors.get("");
    }
}
