/** The rules a target table must satisfy, each a small policy that returns findings. */
@NullMarked
package org.jixiao.table.rules;

import org.jspecify.annotations.NullMarked;
