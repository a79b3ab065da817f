package org.jixiao.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.spi.ConfigurationState;
import java.util.Locale;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bean Validation set-up behind every form and JSON request body: messages come from the
 * message bundles (Spring Boot resolves {@code {key}} there), and a message may say how long the
 * refused value is with {@code {length}}, so that {@code @Size} refusals read like
 * “用户名不能超过 64 个字（现为 70 个），请精简后再保存”. See {@link FieldLimits}.
 */
@Configuration(proxyBeanMethods = false)
class FieldValidation {

    @Bean
    ValidationConfigurationCustomizer lengthInMessages() {
        return configuration -> {
            MessageInterpolator current = configuration instanceof ConfigurationState state
                    && state.getMessageInterpolator() != null
                    ? state.getMessageInterpolator() : configuration.getDefaultMessageInterpolator();
            configuration.messageInterpolator(new LengthFilling(current));
        };
    }

    /** Fills {@code {length}} with the length of the refused value (characters, surrounding blanks not counted). */
    record LengthFilling(MessageInterpolator delegate) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return fill(delegate.interpolate(template, context), context);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return fill(delegate.interpolate(template, context, locale), context);
        }

        private static String fill(String message, Context context) {
            if (!message.contains("{length}")) {
                return message;
            }
            Object value = context.getValidatedValue();
            int length = value instanceof CharSequence text ? text.toString().strip().length() : 0;
            return message.replace("{length}", String.valueOf(length));
        }
    }
}
