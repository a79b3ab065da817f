package org.jixiao.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets (the TOTP secrets) for storage: AES-GCM with a random 96-bit nonce, written as
 * {@value #PREFIX} + URL-safe base64 of nonce, ciphertext and a 96-bit tag. The prefix marks the
 * format, so that a stored value without it is recognised as a plain secret of an earlier version;
 * the 96-bit tag (allowed by NIST SP 800-38D) keeps a sealed 20-byte secret within the 64-character
 * column. A changed or truncated value, or one sealed with another key, is refused, never returned.
 */
final class SecretCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 96;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretCipher(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("jixiao.security.secret-key 须为 16、24 或 32 字节的 AES 密钥（Base64 编码），现为 "
                    + key.length + " 字节");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Whether the stored value is sealed (else it is a plain secret of an earlier version). */
    static boolean sealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    String seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM 加密失败", e);
        }
    }

    /** The plain bytes of a sealed value; refused if it was changed or sealed with another key. */
    byte[] open(String stored) {
        if (!sealed(stored)) {
            throw new IllegalArgumentException("不是加密保存的密钥");
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("加密保存的密钥已损坏（Base64 无效）", e);
        }
        if (in.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("加密保存的密钥已损坏（长度不足）");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("加密保存的密钥校验失败：已被修改，或以另一把密钥加密（各节点须使用同一 jixiao.security.secret-key）", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM 解密失败", e);
        }
    }
}
