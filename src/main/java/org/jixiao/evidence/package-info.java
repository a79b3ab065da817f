/**
 * 佐证资料: evidence files stored once by content hash, with their metadata, shared by the quarterly
 * progress reports (tracking) and the year-end self-evaluation.
 */
@NullMarked
package org.jixiao.evidence;

import org.jspecify.annotations.NullMarked;
