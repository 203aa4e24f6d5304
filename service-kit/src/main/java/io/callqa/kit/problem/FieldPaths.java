package io.callqa.kit.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns the paths of Jackson and Bean Validation into the JSON paths a client recognises. */
final class FieldPaths {

    static final String BODY = "body";

    private FieldPaths() {
    }

    /** {@code items[2].awarded} for a Jackson failure, {@code body} when it is about the whole document. */
    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /**
     * The path of a violation without the method and parameter it was found on, unless the parameter itself is
     * the offender (a missing body, a bad query parameter).
     */
    static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean lastNode = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.PARAMETER && lastNode) {
                return isBody(violation.getRootBeanClass(), nodes.get(0), node) ? BODY : node.getName();
            }
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
                    && node.getKind() != ElementKind.CONSTRUCTOR) {
                append(path, node);
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** A resource method parameter without a JAX-RS parameter annotation is the request body. */
    private static boolean isBody(Class<?> resource, Path.Node methodNode, Path.Node parameterNode) {
        if (methodNode.getKind() != ElementKind.METHOD) {
            return false;
        }
        Class<?>[] types = methodNode.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new);
        int index = parameterNode.as(Path.ParameterNode.class).getParameterIndex();
        // the root bean may be a generated subclass that drops the annotations: look at every declaration
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(methodNode.getName(), types);
                if (Arrays.stream(method.getParameterAnnotations()[index]).anyMatch(FieldPaths::isParameterAnnotation)) {
                    return false;
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return true;
    }

    private static boolean isParameterAnnotation(Annotation annotation) {
        String name = annotation.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.Rest");
    }

    private static void append(StringBuilder path, Path.Node node) {
        if (node.getIndex() != null) {
            path.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            path.append('[').append(node.getKey()).append(']');
        }
        if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
            path.append(path.isEmpty() ? "" : ".").append(node.getName());
        }
    }
}
