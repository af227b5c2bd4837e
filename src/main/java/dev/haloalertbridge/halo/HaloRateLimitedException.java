package dev.haloalertbridge.halo;

import java.time.Duration;
import java.util.Optional;

/**
 * Halo answered 429: its rolling call limit is reached. Never retried per call; the gate
 * pauses every lane (for {@code Retry-After} when Halo sends one) and turns this into a
 * {@link HaloDeferredException} for the caller.
 */
final class HaloRateLimitedException extends HaloException {

	private final transient Optional<Duration> retryAfter;

	HaloRateLimitedException(HaloOperation operation, String message, Optional<Duration> retryAfter) {
		super(operation, "rate limited (429): " + message, null);
		this.retryAfter = retryAfter;
	}

	Optional<Duration> retryAfter() {
		return this.retryAfter;
	}

}
