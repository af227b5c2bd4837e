package dev.haloalertbridge.dedupe;

/**
 * Where a fingerprint's ticket stands, as far as the bridge knows.
 */
public enum TicketState {

	/** Seen, but no ticket exists yet (the create failed and will be retried). */
	PENDING,

	/** A ticket is open for it. */
	OPEN,

	/**
	 * Its alert resolved and the resolution note was written, but the ticket was left
	 * open ({@code close-on-resolve} off). A new firing makes it {@link #OPEN} again.
	 */
	RESOLVED,

	/** Its ticket was closed by the bridge after the alert resolved. */
	CLOSED

}
