package org.dateline.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The query parameters of one request, checked at the edge: an unknown name, a malformed number or
 * date, or a value outside its set is a 400 naming the parameter, so a typo never silently matches everything.
 */
final class Params {
    private final Context ctx;

    Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown parameter " + name + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The value, or null when absent or blank. */
    String text(String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiError.badRequest("parameter " + name + " given " + values.size() + " times");
        }
        String v = values.isEmpty() ? null : values.get(0).strip();
        return v == null || v.isEmpty() ? null : v;
    }

    /** The value, which must match {@code pattern} (described by {@code what} in the error), or null. */
    String matching(String name, String pattern, String what) {
        String v = text(name);
        if (v != null && !v.matches(pattern)) {
            throw ApiError.badRequest("parameter " + name + " must be " + what + ", not " + v);
        }
        return v;
    }

    String oneOf(String name, String fallback, List<String> allowed) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw ApiError.badRequest("parameter " + name + " must be one of " + String.join(", ", allowed) + ", not " + v);
        }
        return v;
    }

    /** An ISO day (YYYY-MM-DD), or null. */
    String date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("parameter " + name + " must be a date YYYY-MM-DD, not " + v);
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("parameter " + name + " must be a whole number, not " + v);
        }
        if (n < min || n > max) {
            throw ApiError.badRequest("parameter " + name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
