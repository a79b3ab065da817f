/** Demonstration assessment data for the embedded database: raters, a lead department, self-evaluations and scores. */
@NullMarked
package org.jixiao.evaluation.demo;

import org.jspecify.annotations.NullMarked;
