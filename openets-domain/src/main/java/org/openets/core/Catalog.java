package org.openets.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal codes of every command and event record. A code is written into the journal and must never
 * change or be reused; each bounded context registers its own range (see {@link RejectCode} for the ranges).
 */
public final class Catalog {

    private final Map<Integer, Class<? extends Record>> byCode;
    private final Map<Class<?>, Integer> byClass;
    /** The same lookup as {@code byClass}, cached on the class itself: codes are read for every record written. */
    private final ClassValue<Integer> codes = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return byClass.getOrDefault(type, 0);
        }
    };

    private Catalog(Map<Integer, Class<? extends Record>> byCode) {
        this.byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
        Map<Class<?>, Integer> reverse = new HashMap<>();
        byCode.forEach((code, type) -> reverse.put(type, code));
        this.byClass = Collections.unmodifiableMap(reverse);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int codeOf(Class<?> type) {
        int code = codes.get(type);
        if (code == 0) {
            throw new IllegalArgumentException("not in the catalog: " + type.getName());
        }
        return code;
    }

    public Class<? extends Record> typeOf(int code) {
        Class<? extends Record> type = byCode.get(code);
        if (type == null) {
            throw new MalformedDataException("unknown catalog code " + code);
        }
        return type;
    }

    public boolean contains(Class<?> type) {
        return byClass.containsKey(type);
    }

    /** Every registered type by code, in code order. */
    public Map<Integer, Class<? extends Record>> types() {
        return byCode;
    }

    public static final class Builder {
        private final Map<Integer, Class<? extends Record>> byCode = new HashMap<>();
        private final Map<Class<?>, Integer> byClass = new HashMap<>();

        public Builder add(int code, Class<? extends Record> type) {
            if (code <= 0 || code > 0xFFFF) {
                throw new IllegalArgumentException("catalog code out of range: " + code);
            }
            Class<? extends Record> previous = byCode.putIfAbsent(code, type);
            if (previous != null) {
                throw new IllegalArgumentException("code " + code + " used by " + previous.getName() + " and " + type.getName());
            }
            if (byClass.putIfAbsent(type, code) != null) {
                throw new IllegalArgumentException(type.getName() + " registered twice");
            }
            return this;
        }

        /**
         * Adds {@code types} with consecutive codes from {@code firstCode}. Codes are journaled, so a context only
         * ever appends to its list.
         */
        public Builder addAll(int firstCode, java.util.List<Class<? extends Record>> types) {
            for (int i = 0; i < types.size(); i++) {
                add(firstCode + i, types.get(i));
            }
            return this;
        }

        public Catalog build() {
            return new Catalog(byCode);
        }
    }
}
