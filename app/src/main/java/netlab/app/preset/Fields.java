package netlab.app.preset;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import netlab.engine.preset.LocalizedText;

/** Field access with the JSON path of each field in every message ({@code servers[0].port: ...}). */
record Fields(String source, String path) {
    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    <T> T wrap(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (PresetException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
        }
    }

    String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(at(field) + ": missing");
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at(field) + ": must be a string");
        }
        return v.textValue();
    }

    String optText(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : text(node, field);
    }

    int optInt(JsonNode node, String field, int fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(at(field) + ": must be a whole number, was " + v);
        }
        return v.intValue();
    }

    double optDouble(JsonNode node, String field, double fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(at(field) + ": must be a number, was " + v);
        }
        return v.doubleValue();
    }

    boolean optBool(JsonNode node, String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(at(field) + ": must be true or false, was " + v);
        }
        return v.booleanValue();
    }

    LocalizedText localized(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(at(field) + ": missing");
        }
        return new Fields(source, at(field)).localizedNode(v);
    }

    LocalizedText localizedNode(JsonNode v) {
        if (v.isTextual()) {
            return LocalizedText.english(v.textValue());
        }
        if (!v.isObject() || v.isEmpty()) {
            throw new IllegalArgumentException(path + ": must be a string or an object of language -> text");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException(path + "." + e.getKey() + ": must be a string");
            }
            texts.put(e.getKey(), e.getValue().textValue());
        }
        return new LocalizedText(texts);
    }

    <T> List<T> list(JsonNode node, String field, boolean required, Item<T> item) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(at(field) + ": missing");
            }
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(at(field) + ": must be a list");
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(item.read(v.get(i), new Fields(source, at(field) + "[" + i + "]")));
        }
        return out;
    }

    /** Reads one item of a list, with the item's own path. */
    @FunctionalInterface
    interface Item<T> {
        T read(JsonNode node, Fields at);
    }
}
