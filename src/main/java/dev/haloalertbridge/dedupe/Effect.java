package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A Halo write an entry is owed, and from when. The lifecycle only says what is owed; the
 * outbox holds it until it is due and the budget allows, and the executor does it.
 *
 * @param kind what to write
 * @param due the earliest time it may be written
 */
public record Effect(Kind kind, Instant due) {

	public Effect {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(due, "due");
	}

	/**
	 * The kinds of owed work; the {@code kind} tag of the outbox metrics.
	 */
	public enum Kind {

		/** Open a ticket (after looking for an open one with the fingerprint). */
		CREATE,

		/** Write the coalesced note of the repeats since the last write. */
		NOTE,

		/** Write the resolution, closing the ticket if configured. */
		RESOLVE,

		/** Find the open ticket of a resolved alert the bridge had forgotten. */
		LOOKUP;

		/**
		 * The lower-case name for logs and metric tags.
		 * @return the tag value
		 */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
