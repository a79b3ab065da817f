package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The AES-GCM sealing of stored secrets: round trip, fit in the column, and every tampering refused. */
class SecretCipherTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (31 - i);
        }
    }

    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void aSealedSecretOpensToTheSameBytesAndFitsTheColumn() {
        String secret = Totp.newSecret();
        String sealed = cipher.seal(Totp.fromBase32(secret));
        assertThat(sealed).startsWith("v1:").doesNotContain(secret).hasSizeLessThanOrEqualTo(64);
        assertThat(SecretCipher.sealed(sealed)).isTrue();
        assertThat(Totp.base32(cipher.open(sealed))).isEqualTo(secret);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentValues() {
        byte[] secret = Totp.fromBase32(Totp.newSecret());
        assertThat(cipher.seal(secret)).isNotEqualTo(cipher.seal(secret));
    }

    @Test
    void aChangedByteIsRefused() {
        String sealed = cipher.seal(Totp.fromBase32(Totp.newSecret()));
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            String tampered = "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
            assertThatThrownBy(() -> cipher.open(tampered)).as("byte " + i)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("校验失败");
        }
    }

    @Test
    void aTruncatedOrMalformedValueIsRefused() {
        String sealed = cipher.seal(Totp.fromBase32(Totp.newSecret()));
        assertThatThrownBy(() -> cipher.open(sealed.substring(0, 20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open("v1:***")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> cipher.open("JBSWY3DPEHPK3PXP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueSealedWithAnotherKeyIsRefused() {
        String sealed = new SecretCipher(OTHER_KEY).seal(Totp.fromBase32(Totp.newSecret()));
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("另一把密钥");
    }

    @Test
    void aKeyOfAWrongLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretCipher(new byte[20])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16、24 或 32 字节");
    }

    @Test
    void aPlainSecretOfAnEarlierVersionIsRecognised() {
        assertThat(SecretCipher.sealed(Totp.newSecret())).isFalse();
    }
}
