package org.jixiao.administration.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;

/**
 * What reading a form or request body gave: the value, or each field's error message in Chinese,
 * keyed by the field's name as the form posts it (e.g. {@code categories[2].points}).
 */
record Parsed<T>(@Nullable T value, Map<String, String> errors) {

    Parsed {
        errors = Map.copyOf(errors);
    }

    boolean ok() {
        return errors.isEmpty() && value != null;
    }

    T get() {
        if (value == null) {
            throw new IllegalStateException("表单有误，不能取值");
        }
        return value;
    }

    /** The value, or the refusal the JSON API answers with: {@code code} and every field's message. */
    T orRefuse(String code) {
        if (ok()) {
            return get();
        }
        List<String> details = new ArrayList<>();
        errors.forEach((field, message) -> details.add(field + "：" + message));
        details.sort(null);
        throw new Refused(Refused.Kind.INVALID, code, String.join("；", details), details);
    }
}
