package io.callqa.kit.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts query and path parameters so that a value of the wrong form is a 400 naming the parameter, not the
 * 404 without explanation that JAX-RS prescribes.
 */
@Provider
public class NamedParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Parser> PARSERS = Map.of(
            Integer.class, new Parser(Integer::valueOf, "an integer"),
            int.class, new Parser(Integer::valueOf, "an integer"),
            Long.class, new Parser(Long::valueOf, "an integer"),
            long.class, new Parser(Long::valueOf, "an integer"),
            UUID.class, new Parser(UUID::fromString, "a UUID"),
            YearMonth.class, new Parser(YearMonth::parse, "a month as YYYY-MM"),
            LocalDate.class, new Parser(LocalDate::parse, "a date as YYYY-MM-DD"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = PARSERS.get(rawType);
        String name = name(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                return value == null ? null : parser.parse(name, value);
            }

            @Override
            public String toString(Object value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private record Parser(Function<String, Object> parse, String expected) {

        Object parse(String name, String value) {
            try {
                return parse.apply(value.trim());
            } catch (RuntimeException e) {
                Problem problem = Problem.of(Status.BAD_REQUEST, name + ": must be " + expected,
                        List.of(new FieldError(name, "must be " + expected + ", not '" + value + "'")));
                throw new BadRequestException(problem.toResponse());
            }
        }
    }
}
