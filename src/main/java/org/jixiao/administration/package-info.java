/** The assessment office's set-up of a year (考评办设置): cycles and their templates, pages and JSON API. */
@NullMarked
package org.jixiao.administration;

import org.jspecify.annotations.NullMarked;
