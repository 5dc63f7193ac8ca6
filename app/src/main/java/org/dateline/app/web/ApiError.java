package org.dateline.app.web;

/** A request the API answers with an error status and a JSON body {@code {"status": ..., "error": ...}}. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    private ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    int status() {
        return status;
    }
}
