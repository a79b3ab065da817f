package org.jixiao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the public objection form refuses, beside which field, in Chinese. */
class ObjectionFormTest {

    @Test
    void needsTheTextAndTheCaptchaOnly() {
        assertThat(form("  对第 1-1-1 行有意见 ", "", "").problems()).isEmpty();
        assertThat(new ObjectionForm(" ", null, null, null, " ").problems())
                .containsEntry("text", "请填写意见内容")
                .containsEntry("captchaAnswer", "请填写验证码")
                .doesNotContainKeys("name", "phone");
    }

    @Test
    void refusesATextOverTwoThousandCharacters() {
        assertThat(form("意".repeat(2000), "", "").problems()).isEmpty();
        assertThat(form("意".repeat(2001), "", "").problems().get("text")).contains("不能超过 2000 字", "2001");
    }

    @Test
    void acceptsCommonPhoneWritings() {
        for (String phone : new String[] {"13812345678", "0595-22345678", "+86 138 1234 5678", "(0595)22345678-801"}) {
            assertThat(form("意见", "", phone).problems()).as(phone).isEmpty();
        }
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        for (String phone : new String[] {"abc", "12345", "1381234567812345678", "138-abcd-5678"}) {
            assertThat(form("意见", "", phone).problems().get("phone")).as(phone).contains("电话号码格式不正确");
        }
    }

    @Test
    void refusesALongName() {
        assertThat(form("意见", "张".repeat(51), "").problems().get("name")).contains("姓名不能超过 50 字");
    }

    private static ObjectionForm form(String text, String name, String phone) {
        return new ObjectionForm(text, name, phone, "token", "12");
    }
}
