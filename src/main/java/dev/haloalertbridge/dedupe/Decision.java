package dev.haloalertbridge.dedupe;

import java.util.Locale;

/**
 * What to do with an incoming alert, given what the ledger knows. Logs and the
 * {@code decision} tag of {@code bridge_alerts_processed_total} use these names.
 */
public enum Decision {

	/**
	 * First firing of a fingerprint, or a firing after its ticket was closed: open a
	 * ticket.
	 */
	NEW,

	/**
	 * Fires again while its ticket is open: count it, to be written in the next coalesced
	 * note.
	 */
	REPEAT,

	/**
	 * Resolved while its ticket is open: add a note and close the ticket if configured.
	 */
	RESOLVED,

	/**
	 * Resolved, but the bridge knows no ticket for it: forgotten (a restart, an
	 * eviction), so Halo is asked for the open ticket; or resolved before its ticket was
	 * opened, so none is opened.
	 */
	RESOLVED_UNKNOWN,

	/** Resolved again after the bridge already closed its ticket. */
	RESOLVED_AGAIN,

	/**
	 * Fires again while an earlier create is still owed: count it and try the create
	 * again.
	 */
	RETRY_CREATE;

	/**
	 * The lower-case name for logs and metric tags.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
