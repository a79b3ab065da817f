/** Demonstration data for the embedded database: a 2025 cycle, three units from the seeds, accounts. */
@NullMarked
package org.jixiao.demo;

import org.jspecify.annotations.NullMarked;
