package org.jixiao.evaluation.json;

/** A scenario file that cannot be read as a scenario; names the JSON path of the problem. */
public final class ScenarioFormatException extends RuntimeException {

    private final String path;

    public ScenarioFormatException(String path, String message) {
        super(path.isEmpty() ? message : path + "：" + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
