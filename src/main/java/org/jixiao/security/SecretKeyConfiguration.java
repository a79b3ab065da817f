package org.jixiao.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals stored secrets: {@code jixiao.security.secret-key} (base64 of 16, 24 or 32
 * bytes; JIXIAO_SECRET_KEY) when set, otherwise a 256-bit key generated once into
 * {@code jixiao.security.secret-key-file} (default {@code ./data/secret.key}, readable by its owner
 * only) and read from there on every start. Several nodes must share the same key.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(@Value("${jixiao.security.secret-key:}") String configured,
                              @Value("${jixiao.security.secret-key-file:./data/secret.key}") Path file) {
        if (!configured.isBlank()) {
            return new SecretCipher(decode(configured.strip(), "jixiao.security.secret-key"));
        }
        return new SecretCipher(decode(readOrCreate(file), file.toString()));
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " 不是有效的 Base64 密钥", e);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                    restrict(file);
                    log.info("已生成加密密钥文件 {}：多节点部署时各节点须使用同一密钥（JIXIAO_SECRET_KEY），并与数据库一同备份", file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成加密密钥文件 " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
    }
}
