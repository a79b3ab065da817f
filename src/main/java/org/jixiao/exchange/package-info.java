/** Import and export of target tables: Excel, Word, pasted text, PDF; and the table check command. */
@NullMarked
package org.jixiao.exchange;

import org.jspecify.annotations.NullMarked;
