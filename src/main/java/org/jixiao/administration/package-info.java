/** The assessment office's set-up: cycles and their templates, organization, accounts, through pages and the JSON API. */
@NullMarked
package org.jixiao.administration;

import org.jspecify.annotations.NullMarked;
