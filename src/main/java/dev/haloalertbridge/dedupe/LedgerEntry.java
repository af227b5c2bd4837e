package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;

/**
 * What the bridge remembers of one fingerprint: its ticket, how often it fired, and which
 * write to Halo it is owed.
 *
 * @param fingerprint the alert identity
 * @param ticketId the Halo ticket, empty while {@link TicketState#PENDING}
 * @param state where the ticket stands
 * @param occurrences how many firing alerts arrived for it in all
 * @param unreported repeats not yet written to the ticket as a note
 * @param firstSeen when the first alert arrived
 * @param lastSeen when the latest alert arrived
 * @param lastReported when the ticket was last written to (created or noted), or the last
 * failed attempt
 * @param latest the latest alert, whose text a note or a create uses; a resolved one
 * while {@code OPEN} means the resolution is owed
 * @param failures failed write attempts since the last successful one; an owed write with
 * none is due at once
 */
public record LedgerEntry(Fingerprint fingerprint, OptionalLong ticketId, TicketState state, long occurrences,
		long unreported, Instant firstSeen, Instant lastSeen, Instant lastReported, Alert latest, int failures) {

	public LedgerEntry {
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(ticketId, "ticketId");
		Objects.requireNonNull(state, "state");
		if ((state == TicketState.PENDING) == ticketId.isPresent()) {
			throw new IllegalArgumentException("a ticket id is present exactly when the state is not PENDING");
		}
		if (occurrences < 1 || unreported < 0 || failures < 0) {
			throw new IllegalArgumentException("occurrences must be positive, unreported and failures not negative");
		}
	}

	/**
	 * The entry of an alert no ticket exists for yet; its create is owed at once.
	 * @param alert the first alert
	 * @return a pending entry
	 */
	public static LedgerEntry pending(Alert alert) {
		return new LedgerEntry(alert.fingerprint(), OptionalLong.empty(), TicketState.PENDING, 1, 0, alert.receivedAt(),
				alert.receivedAt(), alert.receivedAt(), alert, 0);
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
				this.firstSeen, this.lastSeen, at, this.latest, 0);
	}

	/**
	 * This entry after one more firing alert. A ticket whose resolution was written but
	 * left open is open again.
	 * @param alert the repeat
	 * @return the entry with the repeat counted and not yet reported
	 */
	public LedgerEntry repeated(Alert alert) {
		TicketState next = (this.state == TicketState.RESOLVED) ? TicketState.OPEN : this.state;
		return new LedgerEntry(this.fingerprint, this.ticketId, next, this.occurrences + 1, this.unreported + 1,
				this.firstSeen, alert.receivedAt(), this.lastReported, alert, this.failures);
	}

	/**
	 * This entry after a note reported some of its repeats; repeats that arrived
	 * meanwhile stay unreported.
	 * @param at when the note was added
	 * @param count how many repeats the note reported
	 * @return the entry
	 */
	public LedgerEntry reported(Instant at, long count) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences,
				Math.max(0, this.unreported - count), this.firstSeen, this.lastSeen, at, this.latest, 0);
	}

	/**
	 * This entry once its alert resolved while the ticket is open: the resolution is
	 * owed, at once.
	 * @param alert the resolving alert
	 * @return the entry, still open, with the resolved alert as its latest
	 */
	public LedgerEntry resolveOwed(Alert alert) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, this.unreported,
				this.firstSeen, alert.receivedAt(), this.lastReported, alert, 0);
	}

	/**
	 * This entry after a write to Halo failed; the owed write is tried again after the
	 * backoff.
	 * @param at when the attempt was made
	 * @return the entry
	 */
	public LedgerEntry attempted(Instant at) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, this.unreported,
				this.firstSeen, this.lastSeen, at, this.latest, this.failures + 1);
	}

	/**
	 * This entry after its resolution was written, closing the ticket or leaving it open.
	 * @param alert the resolving alert
	 * @param closed whether the ticket was closed
	 * @return the entry
	 */
	public LedgerEntry resolved(Alert alert, boolean closed) {
		return new LedgerEntry(this.fingerprint, this.ticketId, closed ? TicketState.CLOSED : TicketState.RESOLVED,
				this.occurrences, 0, this.firstSeen, alert.receivedAt(), alert.receivedAt(), alert, 0);
	}

	/**
	 * This entry once a resolution note was written, given what arrived while it was
	 * being written. If the alert fired again meanwhile, a closed ticket makes way for a
	 * new one (owed at once: the entry is pending again) and a ticket left open keeps
	 * counting the repeat.
	 * @param resolved the resolving alert the note was about
	 * @param closed whether the note closed the ticket
	 * @param at when the note was written
	 * @return the entry
	 */
	public LedgerEntry resolutionWritten(Alert resolved, boolean closed, Instant at) {
		boolean firedSince = this.latest.state() == AlertState.FIRING && !this.latest.equals(resolved);
		if (!firedSince) {
			return resolved(resolved, closed);
		}
		return closed ? pending(this.latest) : reported(at, 0);
	}

	/**
	 * Whether the ticket is open and its alert's resolution not yet written.
	 * @return whether a resolution is owed
	 */
	public boolean resolutionOwed() {
		return this.state == TicketState.OPEN && this.latest.state() == AlertState.RESOLVED;
	}

}
