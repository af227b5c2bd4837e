package dev.haloalertbridge.halo;

import org.jspecify.annotations.Nullable;

/**
 * A failure worth retrying: a 5xx, a timeout or an I/O error. A 429 is not one of them:
 * it pauses every call through the budget instead ({@link HaloRateLimitedException}).
 */
public final class HaloTransientException extends HaloException {

	private final boolean outcomeUnknown;

	HaloTransientException(HaloOperation operation, String message, boolean outcomeUnknown, @Nullable Throwable cause) {
		super(operation, message, cause);
		this.outcomeUnknown = outcomeUnknown;
	}

	/**
	 * Whether Halo may have carried the request out despite the failure (a timeout or a
	 * 5xx after the request was sent). A create with an unknown outcome is never repeated
	 * blindly: the ticket is looked up first.
	 * @return whether the outcome is unknown
	 */
	public boolean outcomeUnknown() {
		return this.outcomeUnknown;
	}

}
