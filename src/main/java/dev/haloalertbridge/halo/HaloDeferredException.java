package dev.haloalertbridge.halo;

import java.time.Instant;

/**
 * The call was not made, or Halo asked for a pause (429): try again at
 * {@link #notBefore()}. Not the caller's fault and not a failure of the work itself, so
 * owed work waits for the budget without counting an attempt.
 */
public final class HaloDeferredException extends HaloException {

	private final Instant notBefore;

	HaloDeferredException(HaloOperation operation, String message, Instant notBefore) {
		super(operation, message + "; not before " + notBefore, null);
		this.notBefore = notBefore;
	}

	/**
	 * When the call may be made again.
	 * @return the earliest time
	 */
	public Instant notBefore() {
		return this.notBefore;
	}

}
