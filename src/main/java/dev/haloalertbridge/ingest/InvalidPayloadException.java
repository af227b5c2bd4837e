package dev.haloalertbridge.ingest;

/**
 * A webhook body that is valid JSON but not the shape its source promises. Answered with
 * 400.
 */
public class InvalidPayloadException extends RuntimeException {

	public InvalidPayloadException(String message) {
		super(message);
	}

}
