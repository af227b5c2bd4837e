package dev.haloalertbridge.halo;

import java.util.Locale;

/**
 * How urgent a Halo call is, in the order the call budget serves them: when calls are
 * scarce, a critical alert's ticket goes out before a repeat note, and lookups never take
 * the last calls of the window. Callers say which lane they are in; the gate decides when
 * they go.
 */
public enum Lane {

	/** Opening the ticket of a critical alert. */
	CRITICAL_CREATE,

	/** Opening any other ticket. */
	CREATE,

	/** Writing a resolution and closing a ticket. */
	RESOLVE,

	/** A coalesced repeat note. */
	NOTE,

	/**
	 * Lookups and background work (names, teams, finding a ticket for a lost resolve).
	 */
	BACKGROUND;

	/**
	 * The lower-case name for logs and metric tags.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
