package org.jixiao.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The public objection form as sent: the text (required), an optional name and phone, and the
 * captcha token with the answer. Fields are trimmed; {@link #problems()} says in Chinese what is wrong
 * beside which field.
 */
record ObjectionForm(String text, String name, String phone, String captchaToken, String captchaAnswer) {

    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 50;
    /** Loose on purpose: mobile, landline with area code and extension, +86; 7 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]{7,24}");

    ObjectionForm {
        text = clean(text);
        name = clean(name);
        phone = clean(phone);
        captchaToken = clean(captchaToken);
        captchaAnswer = clean(captchaAnswer);
    }

    static ObjectionForm empty() {
        return new ObjectionForm("", "", "", "", "");
    }

    /** Field name → what to change; empty when the fields (captcha aside) read. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (text.isEmpty()) {
            problems.put("text", "请填写意见内容");
        } else if (text.length() > MAX_TEXT) {
            problems.put("text", "意见内容不能超过 " + MAX_TEXT + " 字（现为 " + text.length() + " 字）");
        }
        if (name.length() > MAX_NAME) {
            problems.put("name", "姓名不能超过 " + MAX_NAME + " 字");
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || digits < 7 || digits > 15)) {
            problems.put("phone", "电话号码格式不正确，请填写手机号或带区号的固定电话，如 0595-12345678；也可不填");
        }
        if (captchaAnswer.isEmpty()) {
            problems.put("captchaAnswer", "请填写验证码");
        }
        return problems;
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
