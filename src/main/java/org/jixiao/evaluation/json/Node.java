package org.jixiao.evaluation.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A JSON node that knows its path, so that every complaint says where it is. */
record Node(JsonNode json, String path) {

    boolean has(String field) {
        JsonNode child = json.get(field);
        return child != null && !child.isNull();
    }

    Node field(String name) {
        JsonNode child = json.get(name);
        if (child == null || child.isNull()) {
            throw fail(at(name), "缺少必填项");
        }
        return new Node(child, at(name));
    }

    @Nullable Node optional(String name) {
        return has(name) ? new Node(json.get(name), at(name)) : null;
    }

    String text() {
        if (!json.isString() && !json.isNumber()) {
            throw fail(path, "应为文字");
        }
        return json.asString();
    }

    String text(String name, String fallback) {
        Node child = optional(name);
        return child == null ? fallback : child.text();
    }

    BigDecimal decimal() {
        if (json.isNumber()) {
            return json.decimalValue();
        }
        if (json.isString()) {
            try {
                return new BigDecimal(json.stringValue().strip());
            } catch (NumberFormatException e) {
                throw fail(path, "“" + json.stringValue() + "”不是有效的数值");
            }
        }
        throw fail(path, "应为数值");
    }

    @Nullable BigDecimal decimal(String name) {
        Node child = optional(name);
        return child == null ? null : child.decimal();
    }

    int integer() {
        BigDecimal value = decimal();
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw fail(path, "应为整数，当前为 " + value.toPlainString());
        }
    }

    List<Node> elements() {
        if (!json.isArray()) {
            throw fail(path, "应为数组");
        }
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            elements.add(new Node(json.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** Elements of an optional array field, each mapped with its path reported on failure. */
    <T> List<T> list(String name, Function<Node, T> mapping) {
        Node child = optional(name);
        return child == null ? List.of() : child.elements().stream().map(e -> e.build(mapping)).toList();
    }

    List<String> fieldNames() {
        if (!json.isObject()) {
            throw fail(path, "应为对象");
        }
        return json.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    /** Runs a record constructor, turning its complaint into one that names this path. */
    <T> T build(Function<Node, T> mapping) {
        try {
            return mapping.apply(this);
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static ScenarioFormatException fail(String path, String message) {
        return new ScenarioFormatException(path, message);
    }
}
