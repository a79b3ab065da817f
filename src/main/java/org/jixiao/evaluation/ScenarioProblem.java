package org.jixiao.evaluation;

/**
 * Something in a scenario that prevents scoring.
 *
 * @param path    where, in the scenario's JSON form, e.g. {@code units[0].items[2].tier}
 * @param message what is wrong and how to fix it, in Chinese
 */
public record ScenarioProblem(String path, String message) {

    @Override
    public String toString() {
        return path + "：" + message;
    }
}
