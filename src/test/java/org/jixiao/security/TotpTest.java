package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII "12345678901234567890"; its codes end in these 6 digits. */
    private static final String RFC_KEY = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void reproducesTheTestVectorsOfRfc6238() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void base32RoundTripsAndMatchesTheRfc4648Example() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.fromBase32("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
    }

    @Test
    void acceptsOneStepOfDriftButNeitherOlderCodesNorACodeTwice() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step), now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void theUriCarriesIssuerAccountAndSecret() {
        assertThat(Totp.uri("绩效考评", "admin", "MZXW6YTBOI"))
                .isEqualTo("otpauth://totp/%E7%BB%A9%E6%95%88%E8%80%83%E8%AF%84:admin?secret=MZXW6YTBOI"
                        + "&issuer=%E7%BB%A9%E6%95%88%E8%80%83%E8%AF%84&algorithm=SHA1&digits=6&period=30");
    }
}
