/** Assessment cycles (考评年度): year, series, table template, rule settings. */
@NullMarked
package org.jixiao.cycle;

import org.jspecify.annotations.NullMarked;
