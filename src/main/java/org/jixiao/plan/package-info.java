/** Units' target tables as stored and edited: persistence, access, pages and API. */
@NullMarked
package org.jixiao.plan;

import org.jspecify.annotations.NullMarked;
