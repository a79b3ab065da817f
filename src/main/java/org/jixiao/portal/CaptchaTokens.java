package org.jixiao.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 验证码 without a session. The form carries a token {@code cycle.unit.expiry.nonce.signature}, signed
 * with HMAC-SHA256 under a server key; the arithmetic question is derived from the nonce under the
 * same key, so the token does not reveal the answer and the server needs to remember nothing to
 * check it. A token is good for one unit's form, until it expires, and for one attempt: a checked
 * nonce is remembered until its expiry so that neither a replay nor guessing all answers on one
 * token works (that memory is per node, like the rate limit).
 */
final class CaptchaTokens {

    /** What the check of an answer found. */
    enum Verdict {
        /** Signed by us, for this form, in time, first use, and the answer is right. */
        ACCEPTED,
        /** The answer is not the right number. */
        WRONG,
        /** Shown too long ago. */
        EXPIRED,
        /** Already tried once. */
        USED,
        /** Not a token we issued for this form (tampered, truncated, another unit's). */
        INVALID
    }

    /** The question shown in the image and its answer. */
    record Challenge(String question, int answer) {
    }

    /** A token with the question it stands for. */
    record Issued(String token, Challenge challenge) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tried = new ConcurrentHashMap<>();

    CaptchaTokens(byte[] key, Clock clock, Duration validity) {
        if (key.length < 16) {
            throw new IllegalArgumentException("验证码密钥至少需要 16 字节");
        }
        this.key = key.clone();
        this.clock = clock;
        this.validity = validity;
    }

    /** Tokens signed with {@code secret}, or with a random key for this run when it is blank. */
    static CaptchaTokens withSecret(String secret, Clock clock, Duration validity) {
        byte[] key = secret.isBlank() ? new SecureRandom().generateSeed(32) : secret.getBytes(StandardCharsets.UTF_8);
        return new CaptchaTokens(key, clock, validity);
    }

    Issued issue(long cycleId, long unitId) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = cycleId + "." + unitId + "." + clock.instant().plus(validity).getEpochSecond() + "."
                + ENCODE.encodeToString(nonce);
        String token = payload + "." + ENCODE.encodeToString(hmac(payload));
        return new Issued(token, challengeOf(payload.substring(payload.lastIndexOf('.') + 1)));
    }

    /** The question a token of ours stands for; empty for anything else. */
    Optional<Challenge> challenge(String token) {
        return parse(token).map(parsed -> challengeOf(parsed.nonce()));
    }

    /** Checks {@code answer} against the token; every signed, unexpired token is good for one check only. */
    Verdict verify(String token, long cycleId, long unitId, String answer) {
        Optional<Parsed> parsed = parse(token);
        if (parsed.isEmpty() || parsed.get().cycleId() != cycleId || parsed.get().unitId() != unitId) {
            return Verdict.INVALID;
        }
        Instant now = clock.instant();
        if (now.isAfter(parsed.get().expiry())) {
            return Verdict.EXPIRED;
        }
        forgetExpired(now);
        if (tried.putIfAbsent(parsed.get().nonce(), parsed.get().expiry()) != null) {
            return Verdict.USED;
        }
        String given = answer.strip();
        boolean right = given.matches("-?\\d{1,4}")
                && Integer.parseInt(given) == challengeOf(parsed.get().nonce()).answer();
        return right ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    private record Parsed(long cycleId, long unitId, Instant expiry, String nonce) {
    }

    private Optional<Parsed> parse(String token) {
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] signature;
        try {
            signature = DECODE.decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, hmac(payload))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3]));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** "23 + 7 = ?" or "23 - 7 = ?": the first number 10–49, the second 1–9, so the answer is never negative. */
    private Challenge challengeOf(String nonce) {
        byte[] h = hmac("challenge." + nonce);
        int a = 10 + (h[0] & 0xff) % 40;
        int b = 1 + (h[1] & 0xff) % 9;
        boolean plus = (h[2] & 1) == 0;
        return new Challenge(a + (plus ? " + " : " - ") + b + " = ?", plus ? a + b : a - b);
    }

    private void forgetExpired(Instant now) {
        if (tried.size() > 1_000) {
            tried.values().removeIf(expiry -> expiry.isBefore(now));
        }
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 不可用", e);
        }
    }
}
