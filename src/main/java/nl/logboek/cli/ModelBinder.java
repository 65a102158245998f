package nl.logboek.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.lang.reflect.Field;

/**
 * What the generated {@link CommandModels} need at run time: command objects made by the same
 * factory as the annotated commands, and their fields bound by name. Names rather than code that
 * touches the fields, so that a stale generated file never stops the build that regenerates it;
 * the drift test (GeneratedFilesTest) catches the staleness instead.
 */
final class ModelBinder {
    private final CommandLine.IFactory factory;

    ModelBinder(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    /** An instance of the class, made by the factory (commands get the Context, GlobalOptions is shared). */
    Object create(String className) {
        try {
            return factory.create(Class.forName(className));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + className + " for the command model; "
                    + "regenerate CommandModels if the class changed", e);
        }
    }

    /** A new command spec around the object, the way picocli's programmatic API wraps one. */
    CommandSpec spec(Object userObject) {
        return CommandSpec.wrapWithoutInspection(userObject, factory);
    }

    /** The field as the getter and setter of an option or positional parameter. */
    FieldBinding field(Object target, String declaringClass, String name) {
        return new FieldBinding(target, find(declaringClass, name));
    }

    /** Sets a field once: a @Spec or @Mixin field. */
    void inject(Object target, String declaringClass, String name, Object value) {
        try {
            find(declaringClass, name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The option, bound to the field (generated code: one call per option). An annotation's
     * description key is "" unless given, the builder's null: picocli looks both up in a resource
     * bundle, but only "" is what an annotated option has.
     */
    static CommandLine.Model.OptionSpec bound(CommandLine.Model.OptionSpec.Builder option, FieldBinding field) {
        if (option.descriptionKey() == null) {
            option.descriptionKey("");
        }
        return option.getter(field).setter(field).initialValue(field.initial()).build();
    }

    /** The positional parameter, bound to the field, as {@link #bound(CommandLine.Model.OptionSpec.Builder, FieldBinding)}. */
    static CommandLine.Model.PositionalParamSpec bound(CommandLine.Model.PositionalParamSpec.Builder positional,
                                                      FieldBinding field) {
        if (positional.descriptionKey() == null) {
            positional.descriptionKey("");
        }
        return positional.getter(field).setter(field).initialValue(field.initial()).build();
    }

    /** A map in the order given: key, value, key, value, ... (exit code lists). */
    static java.util.Map<String, String> ordered(String... keysAndValues) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Field find(String declaringClass, String name) {
        try {
            Field f = Class.forName(declaringClass).getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no field " + declaringClass + "." + name + " for the command model; "
                    + "regenerate CommandModels", e);
        }
    }

    /** One field of one object; its value when the model was built is the option's initial value. */
    static final class FieldBinding implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {
        private final Object target;
        private final Field field;

        FieldBinding(Object target, Field field) {
            this.target = target;
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() throws IllegalAccessException {
            return (T) field.get(target);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) throws IllegalAccessException {
            T old = (T) field.get(target);
            field.set(target, value);
            return old;
        }

        /** The field's value now, for {@code initialValue}: what picocli resets the field to before it parses. */
        Object initial() {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
