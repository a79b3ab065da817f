/** Web infrastructure shared by all pages: error rendering for pages and htmx requests. */
@NullMarked
package org.jixiao.web;

import org.jspecify.annotations.NullMarked;
