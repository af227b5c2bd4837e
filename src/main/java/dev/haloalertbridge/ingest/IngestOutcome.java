package dev.haloalertbridge.ingest;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * What became of one webhook request; the {@code outcome} tag of
 * {@code bridge_webhook_requests_total}.
 */
enum IngestOutcome {

	ACCEPTED(HttpStatus.ACCEPTED, "Accepted"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Missing or wrong credentials"),

	BAD_REQUEST(HttpStatus.BAD_REQUEST, "Unreadable alert"),

	UNKNOWN_SOURCE(HttpStatus.NOT_FOUND, "Unknown alert source"),

	TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Body too large"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not JSON"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	/**
	 * The sender closed the connection before its body was complete; no answer reaches
	 * it.
	 */
	ABORTED(HttpStatus.BAD_REQUEST, "Request aborted"),

	/**
	 * The body stalled for {@code read-timeout}, or took longer than
	 * {@code request-timeout}.
	 */
	TIMED_OUT(HttpStatus.REQUEST_TIMEOUT, "Request timed out"),

	QUEUE_FULL(HttpStatus.SERVICE_UNAVAILABLE, "Queue full"),

	/**
	 * The bridge failed in a way it did not expect: a bug, logged with its stack trace.
	 */
	ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	private final HttpStatus status;

	private final String title;

	IngestOutcome(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
