package dev.haloalertbridge.ops;

import org.springframework.http.HttpStatus;

/**
 * An admin request refused: no token configured, a wrong token, or a body that cannot be
 * read. The message is for the caller and never holds a secret.
 */
class AdminRejectedException extends RuntimeException {

	private final HttpStatus status;

	private final String endpoint;

	AdminRejectedException(HttpStatus status, String endpoint, String message) {
		super(message, null, false, false);
		this.status = status;
		this.endpoint = endpoint;
	}

	HttpStatus status() {
		return this.status;
	}

	String endpoint() {
		return this.endpoint;
	}

}
