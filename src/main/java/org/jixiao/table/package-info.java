/**
 * The target table (绩效目标考评表) and its rule checks: plain Java, no framework, the part of the
 * system whose correctness users' trust rests on.
 */
@NullMarked
package org.jixiao.table;

import org.jspecify.annotations.NullMarked;
