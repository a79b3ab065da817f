package org.jixiao.portal;

import org.jixiao.web.CaptchaImage;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.jixiao.portal.CaptchaTokens.Verdict;
import org.junit.jupiter.api.Test;

/** The stateless captcha: signed, bound to one unit's form, expiring, good for one attempt. */
class CaptchaTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

    private final CaptchaTokens captchas = tokensAt(NOW);

    @Test
    void acceptsTheRightAnswer() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);

        assertThat(captchas.verify(issued.token(), 7, 42, " " + issued.challenge().answer() + " "))
                .isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void refusesAWrongAnswer() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);

        assertThat(captchas.verify(issued.token(), 7, 42, String.valueOf(issued.challenge().answer() + 1)))
                .isEqualTo(Verdict.WRONG);
        assertThat(captchas.verify(captchas.issue(7, 42).token(), 7, 42, "十")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aTokenIsGoodForOneAttemptOnly() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);
        String answer = String.valueOf(issued.challenge().answer());

        assertThat(captchas.verify(issued.token(), 7, 42, "0")).isEqualTo(Verdict.WRONG); // answers are never 0
        assertThat(captchas.verify(issued.token(), 7, 42, answer)).isEqualTo(Verdict.USED);
    }

    @Test
    void refusesATokenPastItsValidity() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);
        CaptchaTokens later = tokensAt(NOW.plus(Duration.ofMinutes(21)));

        assertThat(later.verify(issued.token(), 7, 42, String.valueOf(issued.challenge().answer())))
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void refusesATokenIssuedForAnotherUnitsForm() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);

        assertThat(captchas.verify(issued.token(), 7, 43, String.valueOf(issued.challenge().answer())))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void refusesATamperedOrForeignToken() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);
        String answer = String.valueOf(issued.challenge().answer());
        String longerExpiry = issued.token().replaceFirst("^7\\.42\\.(\\d+)", "7.42.9$1");
        CaptchaTokens otherKey = new CaptchaTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(20));

        assertThat(captchas.verify(longerExpiry, 7, 42, answer)).isEqualTo(Verdict.INVALID);
        assertThat(captchas.verify("garbage", 7, 42, answer)).isEqualTo(Verdict.INVALID);
        assertThat(captchas.verify("", 7, 42, answer)).isEqualTo(Verdict.INVALID);
        assertThat(otherKey.verify(issued.token(), 7, 42, answer)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theQuestionIsSmallArithmeticWhoseAnswerItKnows() {
        for (int i = 0; i < 50; i++) {
            CaptchaTokens.Challenge challenge = captchas.issue(1, 1).challenge();
            String[] parts = challenge.question().split(" ");
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[2]);

            assertThat(challenge.question()).matches("\\d{2} [+-] \\d = \\?");
            assertThat(challenge.answer()).isEqualTo(parts[1].equals("+") ? a + b : a - b).isNotNegative();
        }
    }

    @Test
    void theTokenDoesNotSayItsAnswerButTheServerCanReadTheQuestionBack() {
        CaptchaTokens.Issued issued = captchas.issue(7, 42);

        assertThat(issued.token()).doesNotContain(issued.challenge().question());
        assertThat(captchas.challenge(issued.token())).contains(issued.challenge());
        assertThat(captchas.challenge(issued.token() + "x")).isEmpty();
    }

    @Test
    void drawsTheQuestionAsAPngImage() throws Exception {
        byte[] png = CaptchaImage.png("23 + 7 = ?", 1L);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CaptchaImage.HEIGHT);
        assertThat(CaptchaImage.png("23 + 7 = ?", 1L)).isEqualTo(png);
        assertThat(CaptchaImage.dataUri("23 + 7 = ?", 1L)).startsWith("data:image/png;base64,");
    }

    private static CaptchaTokens tokensAt(Instant now) {
        return new CaptchaTokens(KEY, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(20));
    }
}
