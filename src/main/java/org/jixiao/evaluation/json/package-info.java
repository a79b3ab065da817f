/** The JSON form of scenarios and results (docs/scoring.md), kept apart from the engine. */
@NullMarked
package org.jixiao.evaluation.json;

import org.jspecify.annotations.NullMarked;
