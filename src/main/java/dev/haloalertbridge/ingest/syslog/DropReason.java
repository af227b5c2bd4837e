package dev.haloalertbridge.ingest.syslog;

import java.util.Locale;

/**
 * Why a syslog message produced no alert although it was read; a metric tag. Parse errors
 * are counted apart.
 */
enum DropReason {

	/** The sender is in no source's allow-list. */
	UNKNOWN_SENDER,

	/** Larger than {@code bridge.syslog.max-message-size}; skipped unread. */
	OVERSIZED,

	/** An event the source does not turn into alerts (traffic logs, by default). */
	NOT_SELECTED,

	/** The intake answered full or closed; syslog cannot ask the sender to retry. */
	INTAKE_REFUSED;

	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
