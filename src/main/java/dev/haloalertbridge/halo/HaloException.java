package dev.haloalertbridge.halo;

import org.jspecify.annotations.Nullable;

/**
 * A Halo call that failed. The subtype says whether trying again can help, which is what
 * the retry and circuit breaker policies in {@code application.yaml} select on.
 */
public abstract sealed class HaloException extends RuntimeException
		permits HaloTransientException, HaloRejectedException, HaloRateLimitedException, HaloDeferredException {

	private final HaloOperation operation;

	HaloException(HaloOperation operation, String message, @Nullable Throwable cause) {
		super(operation.tag() + ": " + message, cause);
		this.operation = operation;
	}

	/**
	 * The call that failed.
	 * @return the operation
	 */
	public HaloOperation operation() {
		return this.operation;
	}

}
