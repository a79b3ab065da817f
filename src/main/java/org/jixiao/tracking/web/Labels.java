package org.jixiao.tracking.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Tracking's labels for what is not a page — chart options, workbook headers, file names — from i18n/tracking. */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String get(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    String[] all(String... codes) {
        String[] result = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            result[i] = get(codes[i]);
        }
        return result;
    }
}
