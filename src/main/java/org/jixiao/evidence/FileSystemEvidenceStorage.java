package org.jixiao.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Evidence under a local directory: {@code ab/cd/abcd…} by content hash, written via a temporary file. */
@Component
class FileSystemEvidenceStorage implements EvidenceStorage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileSystemEvidenceStorage(EvidenceProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    @Override
    public String put(InputStream content) throws IOException {
        Files.createDirectories(root);
        Path temporary = Files.createTempFile(root, "upload-", ".tmp");
        try {
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return hash;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path path = path(sha256);
        if (!Files.exists(path)) {
            throw new NoSuchFileException("佐证材料文件缺失：" + sha256);
        }
        return Files.newInputStream(path);
    }

    private Path path(String hash) {
        if (!SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("文件标识无效");
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
