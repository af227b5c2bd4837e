package dev.haloalertbridge.dedupe;

/**
 * Where a fingerprint's ticket stands, as far as the bridge knows.
 */
public enum TicketState {

	/** Seen, but no ticket exists yet: its create is owed (or it resolved first). */
	PENDING,

	/**
	 * Resolved, but the bridge had forgotten it (a restart, an eviction): the open ticket
	 * is being looked up in Halo by fingerprint, to note and close it.
	 */
	SEARCHING,

	/** A ticket is open for it. */
	OPEN,

	/**
	 * Its alert resolved and the resolution note was written, but the ticket was left
	 * open ({@code close-on-resolve} off). A new firing makes it {@link #OPEN} again.
	 */
	RESOLVED,

	/** Its ticket was closed by the bridge after the alert resolved. */
	CLOSED;

	/**
	 * Whether the bridge knows a ticket id in this state.
	 * @return whether a ticket exists
	 */
	public boolean hasTicket() {
		return this != PENDING && this != SEARCHING;
	}

}
