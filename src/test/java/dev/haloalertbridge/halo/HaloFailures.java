package dev.haloalertbridge.halo;

import java.time.Instant;

/**
 * Halo's typed failures, for tests outside this package that fake the port.
 */
public final class HaloFailures {

	private HaloFailures() {
	}

	public static HaloException rejected(HaloOperation operation, int status, String message) {
		return new HaloRejectedException(operation, status, message);
	}

	public static HaloException transientFailure(HaloOperation operation) {
		return new HaloTransientException(operation, "Halo answered 503: down for maintenance", true, null);
	}

	public static HaloException deferred(HaloOperation operation, Instant notBefore) {
		return new HaloDeferredException(operation, "call budget spent", notBefore);
	}

}
