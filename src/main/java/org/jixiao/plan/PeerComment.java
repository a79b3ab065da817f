package org.jixiao.plan;

import java.time.Instant;
import java.util.UUID;

/** 同组互审意见 — a clerk of another unit of the group on one row of the table. */
public record PeerComment(long id, long reviewerUnitId, String reviewerUnitName, UUID rowId, String text,
                          String author, Instant at) {
}
