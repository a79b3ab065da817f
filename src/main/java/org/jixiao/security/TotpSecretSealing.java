package org.jixiao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start, seals the TOTP secrets that an earlier version stored in plain (those without the
 * {@value SecretCipher#PREFIX} prefix). Idempotent: sealed ones are left alone, and each update
 * names the plain value it replaces, so that two nodes starting together do not seal one twice.
 * Until it has run, {@link SecondFactors} reads a plain secret as it is.
 */
@Component
@Order(5)
class TotpSecretSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretSealing.class);

    private final JdbcClient jdbc;
    private final SecondFactors secondFactors;

    TotpSecretSealing(JdbcClient jdbc, SecondFactors secondFactors) {
        this.jdbc = jdbc;
        this.secondFactors = secondFactors;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            log.info("已加密 {} 个以明文保存的动态口令密钥", sealed);
        }
    }

    /** Seals every plain secret; returns how many. */
    int sealPlainSecrets() {
        var plain = jdbc.sql("select account_id, secret from totp_secret where secret not like ?")
                .param(SecretCipher.PREFIX + "%")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int sealed = 0;
        for (Object[] row : plain) {
            String secret = (String) row[1];
            sealed += jdbc.sql("update totp_secret set secret = ? where account_id = ? and secret = ?")
                    .params(secondFactors.seal(secret), row[0], secret).update();
        }
        return sealed;
    }
}
