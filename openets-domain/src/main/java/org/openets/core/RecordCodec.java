package org.openets.core;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Encodes records to bytes and back, field by field in declaration order, for the journal and snapshots.
 *
 * <p>Supported component types: {@code long int short byte boolean}, {@code Long Integer} (nullable),
 * {@code String}, {@code byte[]}, {@link LocalDate}, enums (by name, so reordering constants is safe),
 * concrete records, interfaces whose implementations are in the {@link Catalog} (written with their code),
 * and {@code List} of any of these. Adding a component to a journaled record breaks old journals: add a new
 * record type with a new code instead.
 */
public final class RecordCodec {

    private final Catalog catalog;
    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type, RecordCodec.this);
        }
    };

    public RecordCodec(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Writes the catalog code of {@code value} followed by its fields. */
    public void writeTagged(BinaryWriter out, Record value) {
        out.putShort(catalog.codeOf(value.getClass()));
        write(out, value);
    }

    public Record readTagged(BinaryReader in) {
        return read(in, catalog.typeOf(in.getShort()));
    }

    public byte[] encodeTagged(Record value) {
        BinaryWriter out = new BinaryWriter(128);
        writeTagged(out, value);
        return out.toByteArray();
    }

    public Record decodeTagged(byte[] bytes) {
        return readTagged(new BinaryReader(bytes));
    }

    /**
     * Writes a list of catalog records exactly as a {@code List<Event>} or {@code List<Command>} component is
     * written, so encoded lists can be compared byte for byte with a stored record's.
     */
    public void writeTaggedList(BinaryWriter out, List<?> values) {
        out.putInt(values.size());
        for (Object value : values) {
            writeTagged(out, (Record) value);
        }
    }

    public void write(BinaryWriter out, Record value) {
        shape(value.getClass()).write(out, value);
    }

    public <T extends Record> T read(BinaryReader in, Class<T> type) {
        return type.cast(shape(type).read(in));
    }

    private RecordShape shape(Class<?> type) {
        return shapes.get(type);
    }

    /** How one field type is written. */
    interface FieldCodec {
        void write(BinaryWriter out, Object value);

        Object read(BinaryReader in);
    }

    FieldCodec fieldCodec(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() == List.class) {
                return new ListCodec(fieldCodec(parameterized.getActualTypeArguments()[0]));
            }
            throw new IllegalArgumentException("unsupported generic type " + type);
        }
        Class<?> raw = (Class<?>) type;
        FieldCodec simple = Scalars.forType(raw);
        if (simple != null) {
            return simple;
        }
        if (raw.isEnum()) {
            return new EnumCodec(raw);
        }
        if (raw.isRecord()) {
            return new NestedRecordCodec(raw, this);
        }
        if (raw.isInterface()) {
            return new TaggedCodec(this);
        }
        throw new IllegalArgumentException("unsupported field type " + raw.getName());
    }

    /** Writes one component of a record, read through a generated accessor so that primitives are not boxed. */
    private interface ComponentWriter {
        void write(BinaryWriter out, Object record);
    }

    /**
     * A writer for one component: a lambda bound to the record's accessor (as fast as a direct call once the JIT
     * has seen it), typed for {@code long}, {@code int} and {@code boolean}, boxed only for other types.
     */
    @SuppressWarnings("unchecked")
    private static ComponentWriter componentWriter(RecordComponent component, FieldCodec codec)
            throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle getter = lookup.unreflect(component.getAccessor());
        Class<?> owner = component.getDeclaringRecord();
        Class<?> type = component.getType();
        try {
            if (type == long.class) {
                ToLongFunction<Object> f = (ToLongFunction<Object>) LambdaMetafactory.metafactory(lookup,
                        "applyAsLong", MethodType.methodType(ToLongFunction.class),
                        MethodType.methodType(long.class, Object.class), getter,
                        MethodType.methodType(long.class, owner)).getTarget().invoke();
                return (out, record) -> out.putLong(f.applyAsLong(record));
            }
            if (type == int.class) {
                ToIntFunction<Object> f = (ToIntFunction<Object>) LambdaMetafactory.metafactory(lookup,
                        "applyAsInt", MethodType.methodType(ToIntFunction.class),
                        MethodType.methodType(int.class, Object.class), getter,
                        MethodType.methodType(int.class, owner)).getTarget().invoke();
                return (out, record) -> out.putInt(f.applyAsInt(record));
            }
            if (type == boolean.class) {
                Predicate<Object> f = (Predicate<Object>) LambdaMetafactory.metafactory(lookup, "test",
                        MethodType.methodType(Predicate.class), MethodType.methodType(boolean.class, Object.class),
                        getter, MethodType.methodType(boolean.class, owner)).getTarget().invoke();
                return (out, record) -> out.putBoolean(f.test(record));
            }
            if (!type.isPrimitive()) {
                Function<Object, Object> f = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup,
                        "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), getter,
                        MethodType.methodType(type, owner)).getTarget().invoke();
                return (out, record) -> codec.write(out, f.apply(record));
            }
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot bind " + component, e);
        }
        MethodHandle boxed = getter.asType(MethodType.methodType(Object.class, Object.class));
        return (out, record) -> {
            try {
                codec.write(out, boxed.invokeExact(record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot encode " + component, e);
            }
        };
    }

    private static final class RecordShape {
        private final ComponentWriter[] writers;
        private final FieldCodec[] codecs;
        private final MethodHandle constructor;
        private final String name;

        RecordShape(Class<?> type, RecordCodec owner) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            name = type.getName();
            RecordComponent[] components = type.getRecordComponents();
            writers = new ComponentWriter[components.length];
            codecs = new FieldCodec[components.length];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < components.length; i++) {
                    codecs[i] = owner.fieldCodec(components[i].getGenericType());
                    writers[i] = componentWriter(components[i], codecs[i]);
                    parameterTypes[i] = components[i].getType();
                }
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("record " + name + " must be public with public components", e);
            }
        }

        void write(BinaryWriter out, Object value) {
            for (ComponentWriter writer : writers) {
                writer.write(out, value);
            }
        }

        Object read(BinaryReader in) {
            Object[] arguments = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                arguments[i] = codecs[i].read(in);
            }
            try {
                return constructor.invokeExact(arguments);
            } catch (RuntimeException e) {
                throw new MalformedDataException("cannot build " + name + ": " + e.getMessage(), e);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot build " + name, e);
            }
        }
    }

    private record ListCodec(FieldCodec element) implements FieldCodec {
        @Override
        public void write(BinaryWriter out, Object value) {
            List<?> list = (List<?>) value;
            if (list == null) {
                out.putInt(-1);
                return;
            }
            out.putInt(list.size());
            for (Object item : list) {
                element.write(out, item);
            }
        }

        @Override
        public Object read(BinaryReader in) {
            int size = in.getInt();
            if (size == -1) {
                return null;
            }
            if (size < 0 || size > in.remaining()) {
                throw new MalformedDataException("list size " + size + " at offset " + (in.position() - 4));
            }
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.read(in));
            }
            return Collections.unmodifiableList(list);
        }
    }

    private record EnumCodec(Class<?> type) implements FieldCodec {
        @Override
        public void write(BinaryWriter out, Object value) {
            out.putString(value == null ? null : ((Enum<?>) value).name());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object read(BinaryReader in) {
            String name = in.getString();
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException e) {
                throw new MalformedDataException("no constant " + name + " in " + type.getName(), e);
            }
        }
    }

    private static final class NestedRecordCodec implements FieldCodec {
        private final Class<?> type;
        private final RecordCodec owner;

        NestedRecordCodec(Class<?> type, RecordCodec owner) {
            this.type = type;
            this.owner = owner;
        }

        @Override
        public void write(BinaryWriter out, Object value) {
            out.putBoolean(value != null);
            if (value != null) {
                owner.shape(type).write(out, value);
            }
        }

        @Override
        public Object read(BinaryReader in) {
            return in.getBoolean() ? owner.shape(type).read(in) : null;
        }
    }

    private record TaggedCodec(RecordCodec owner) implements FieldCodec {
        @Override
        public void write(BinaryWriter out, Object value) {
            if (value == null) {
                out.putShort(0);
            } else {
                owner.writeTagged(out, (Record) value);
            }
        }

        @Override
        public Object read(BinaryReader in) {
            int code = in.getShort();
            return code == 0 ? null : owner.shape(owner.catalog.typeOf(code)).read(in);
        }
    }

    /** Codecs of the scalar types, shared by every record shape. */
    private static final class Scalars {
        private static final FieldCodec LONG = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putLong((Long) value);
            }

            public Object read(BinaryReader in) {
                return in.getLong();
            }
        };
        private static final FieldCodec INT = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putInt((Integer) value);
            }

            public Object read(BinaryReader in) {
                return in.getInt();
            }
        };
        private static final FieldCodec SHORT = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putShort((Short) value);
            }

            public Object read(BinaryReader in) {
                return (short) in.getShort();
            }
        };
        private static final FieldCodec BYTE = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putByte((Byte) value);
            }

            public Object read(BinaryReader in) {
                return (byte) in.getByte();
            }
        };
        private static final FieldCodec BOOLEAN = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putBoolean((Boolean) value);
            }

            public Object read(BinaryReader in) {
                return in.getBoolean();
            }
        };
        private static final FieldCodec STRING = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putString((String) value);
            }

            public Object read(BinaryReader in) {
                return in.getString();
            }
        };
        private static final FieldCodec BYTES = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putBytes((byte[]) value);
            }

            public Object read(BinaryReader in) {
                return in.getBytes();
            }
        };
        private static final FieldCodec BOXED_LONG = nullable(LONG);
        private static final FieldCodec BOXED_INT = nullable(INT);
        private static final FieldCodec DATE = new FieldCodec() {
            public void write(BinaryWriter out, Object value) {
                out.putBoolean(value != null);
                if (value != null) {
                    out.putLong(((LocalDate) value).toEpochDay());
                }
            }

            public Object read(BinaryReader in) {
                return in.getBoolean() ? LocalDate.ofEpochDay(in.getLong()) : null;
            }
        };

        private static FieldCodec nullable(FieldCodec inner) {
            return new FieldCodec() {
                public void write(BinaryWriter out, Object value) {
                    out.putBoolean(value != null);
                    if (value != null) {
                        inner.write(out, value);
                    }
                }

                public Object read(BinaryReader in) {
                    return in.getBoolean() ? inner.read(in) : null;
                }
            };
        }

        static FieldCodec forType(Class<?> type) {
            if (type == long.class) {
                return LONG;
            } else if (type == int.class) {
                return INT;
            } else if (type == short.class) {
                return SHORT;
            } else if (type == byte.class) {
                return BYTE;
            } else if (type == boolean.class) {
                return BOOLEAN;
            } else if (type == String.class) {
                return STRING;
            } else if (type == byte[].class) {
                return BYTES;
            } else if (type == Long.class) {
                return BOXED_LONG;
            } else if (type == Integer.class) {
                return BOXED_INT;
            } else if (type == LocalDate.class) {
                return DATE;
            }
            return null;
        }
    }
}
