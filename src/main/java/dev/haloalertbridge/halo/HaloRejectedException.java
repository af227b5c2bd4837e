package dev.haloalertbridge.halo;

/**
 * A failure retrying cannot fix: Halo refused the request (4xx other than 429), for
 * example a wrong client secret, a missing permission or a field Halo will not accept.
 */
public final class HaloRejectedException extends HaloException {

	private final int status;

	HaloRejectedException(HaloOperation operation, int status, String message) {
		super(operation, "Halo answered " + status + ": " + message, null);
		this.status = status;
	}

	/**
	 * The HTTP status Halo answered with.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

}
