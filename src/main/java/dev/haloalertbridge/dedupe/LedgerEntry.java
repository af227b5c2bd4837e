package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;

/**
 * What the bridge remembers of one fingerprint: its ticket and how often it fired.
 *
 * @param fingerprint the alert identity
 * @param ticketId the Halo ticket, empty while {@link TicketState#PENDING}
 * @param state where the ticket stands
 * @param occurrences how many firing alerts arrived for it in all
 * @param unreported repeats not yet written to the ticket as a note
 * @param firstSeen when the first alert arrived
 * @param lastSeen when the latest alert arrived
 * @param lastReported when the ticket was last written to (created or noted); while
 * pending, the last create attempt
 * @param latest the latest alert, whose text a note or a retried create uses
 */
public record LedgerEntry(Fingerprint fingerprint, OptionalLong ticketId, TicketState state, long occurrences,
		long unreported, Instant firstSeen, Instant lastSeen, Instant lastReported, Alert latest) {

	public LedgerEntry {
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(ticketId, "ticketId");
		Objects.requireNonNull(state, "state");
		if ((state == TicketState.PENDING) == ticketId.isPresent()) {
			throw new IllegalArgumentException("a ticket id is present exactly when the state is not PENDING");
		}
		if (occurrences < 1 || unreported < 0) {
			throw new IllegalArgumentException("occurrences must be positive and unreported not negative");
		}
	}

	/**
	 * The entry of an alert no ticket exists for yet.
	 * @param alert the first alert
	 * @return a pending entry
	 */
	public static LedgerEntry pending(Alert alert) {
		return new LedgerEntry(alert.fingerprint(), OptionalLong.empty(), TicketState.PENDING, 1, 0, alert.receivedAt(),
				alert.receivedAt(), alert.receivedAt(), alert);
	}

	/**
	 * This entry once its ticket exists; everything seen so far counts as reported by the
	 * ticket itself.
	 * @param id the ticket id
	 * @param at when it was created or found
	 * @return the open entry
	 */
	public LedgerEntry opened(long id, Instant at) {
		return new LedgerEntry(this.fingerprint, OptionalLong.of(id), TicketState.OPEN, this.occurrences, 0,
				this.firstSeen, this.lastSeen, at, this.latest);
	}

	/**
	 * This entry after one more firing alert.
	 * @param alert the repeat
	 * @return the entry with the repeat counted and not yet reported
	 */
	public LedgerEntry repeated(Alert alert) {
		TicketState next = (this.state == TicketState.RESOLVED) ? TicketState.OPEN : this.state;
		return new LedgerEntry(this.fingerprint, this.ticketId, next, this.occurrences + 1, this.unreported + 1,
				this.firstSeen, alert.receivedAt(), this.lastReported, alert);
	}

	/**
	 * This entry after its repeats were written to the ticket.
	 * @param at when the note was added
	 * @return the entry with nothing left to report
	 */
	public LedgerEntry reported(Instant at) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, 0, this.firstSeen,
				this.lastSeen, at, this.latest);
	}

	/**
	 * This entry after a resolve could not be written; the sweep tries it again.
	 * @param alert the resolving alert
	 * @param at when the attempt was made
	 * @return the entry, still open, with the resolved alert as its latest
	 */
	public LedgerEntry resolveOwed(Alert alert, Instant at) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, this.unreported,
				this.firstSeen, alert.receivedAt(), at, alert);
	}

	/**
	 * This entry after a write to Halo failed; the sweep tries it again after the
	 * backoff.
	 * @param at when the attempt was made
	 * @return the entry
	 */
	public LedgerEntry attempted(Instant at) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, this.unreported,
				this.firstSeen, this.lastSeen, at, this.latest);
	}

	/**
	 * This entry after its ticket was closed, or was left open with a resolution note.
	 * @param alert the resolving alert
	 * @param closed whether the ticket was closed
	 * @return the entry
	 */
	public LedgerEntry resolved(Alert alert, boolean closed) {
		return new LedgerEntry(this.fingerprint, this.ticketId, closed ? TicketState.CLOSED : TicketState.RESOLVED,
				this.occurrences, 0, this.firstSeen, alert.receivedAt(), alert.receivedAt(), alert);
	}

}
