package org.jixiao.evidence;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files.
 *
 * @param directory  where {@link FileSystemEvidenceStorage} keeps them (JIXIAO_EVIDENCE_DIRECTORY)
 * @param maxSize    largest file accepted
 * @param extensions file types accepted, by extension
 * @param minFreeSpace free disk space under which the health check reports the store DOWN
 */
@ConfigurationProperties("jixiao.evidence")
public record EvidenceProperties(@DefaultValue("./data/evidence") Path directory,
                                 @DefaultValue("20MB") DataSize maxSize,
                                 @DefaultValue({"pdf", "ofd", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "txt"})
                                 List<String> extensions,
                                 @DefaultValue("500MB") DataSize minFreeSpace) {
}
