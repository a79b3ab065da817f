package org.jixiao.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files (佐证资料) live, addressed by the SHA-256 of their content: the same file
 * uploaded twice is stored once. A local directory by default; an S3-compatible store can replace it.
 */
public interface EvidenceStorage {

    /** Stores the content and returns its SHA-256 (64 hex digits). */
    String put(InputStream content) throws IOException;

    InputStream open(String sha256) throws IOException;
}
