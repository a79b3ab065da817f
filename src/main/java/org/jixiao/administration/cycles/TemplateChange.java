package org.jixiao.administration.cycles;

/**
 * One difference between a cycle's template and its edited version, as the impact preview lists it.
 *
 * @param code    stable code, e.g. {@code FIXED_ITEM_TEXT_CHANGED}
 * @param message what changed, in Chinese
 */
public record TemplateChange(String code, String message) {
}
