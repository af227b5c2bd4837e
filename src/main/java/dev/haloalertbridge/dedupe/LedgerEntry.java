package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;

/**
 * What the bridge remembers of one fingerprint: its ticket, how often it fired, and what
 * it is owed. Which Halo write that is follows from the entry alone
 * ({@link Lifecycle#owed}); how often a write was tried is the outbox's business.
 *
 * @param fingerprint the alert identity
 * @param ticketId the Halo ticket, present exactly when {@link TicketState#hasTicket()}
 * @param state where the ticket stands
 * @param occurrences how many firing alerts arrived for it in all
 * @param unreported repeats not yet written to the ticket as a note
 * @param firstSeen when the first alert arrived
 * @param lastSeen when the latest alert arrived
 * @param lastReported when the ticket was last written to (created, noted or resolved)
 * @param latest the latest alert, whose text a note or a create uses; a resolved one
 * while {@code OPEN} means the resolution is owed
 */
public record LedgerEntry(Fingerprint fingerprint, OptionalLong ticketId, TicketState state, long occurrences,
		long unreported, Instant firstSeen, Instant lastSeen, Instant lastReported, Alert latest) {

	public LedgerEntry {
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(ticketId, "ticketId");
		Objects.requireNonNull(state, "state");
		if (state.hasTicket() != ticketId.isPresent()) {
			throw new IllegalArgumentException("a ticket id is present exactly when the state has a ticket");
		}
		if (occurrences < 0 || unreported < 0) {
			throw new IllegalArgumentException("occurrences and unreported must not be negative");
		}
	}

	/**
	 * The entry of an alert no ticket exists for yet; its create is owed at once.
	 * @param alert the first alert
	 * @return a pending entry
	 */
	public static LedgerEntry pending(Alert alert) {
		return new LedgerEntry(alert.fingerprint(), OptionalLong.empty(), TicketState.PENDING, 1, 0, alert.receivedAt(),
				alert.receivedAt(), alert.receivedAt(), alert);
	}

	/**
	 * The entry of a resolved alert the bridge knows no ticket for: Halo is asked for the
	 * open ticket carrying its fingerprint.
	 * @param alert the resolving alert
	 * @return a searching entry
	 */
	public static LedgerEntry searching(Alert alert) {
		return new LedgerEntry(alert.fingerprint(), OptionalLong.empty(), TicketState.SEARCHING, 0, 0,
				alert.receivedAt(), alert.receivedAt(), alert.receivedAt(), alert);
	}

	/**
	 * This entry once its ticket exists (opened, adopted or found); everything seen so
	 * far counts as reported by the ticket itself.
	 * @param id the ticket id
	 * @param at when it was created or found
	 * @return the open entry
	 */
	public LedgerEntry opened(long id, Instant at) {
		return new LedgerEntry(this.fingerprint, OptionalLong.of(id), TicketState.OPEN, this.occurrences, 0,
				this.firstSeen, this.lastSeen, at, this.latest);
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
				this.firstSeen, alert.receivedAt(), this.lastReported, alert);
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
				Math.max(0, this.unreported - count), this.firstSeen, this.lastSeen, at, this.latest);
	}

	/**
	 * This entry with a newer alert that changes nothing owed by itself (a resolve while
	 * pending or searching, for example); the latest alert decides what is owed.
	 * @param alert the alert
	 * @return the entry with the alert as its latest
	 */
	public LedgerEntry latest(Alert alert) {
		return new LedgerEntry(this.fingerprint, this.ticketId, this.state, this.occurrences, this.unreported,
				this.firstSeen, alert.receivedAt(), this.lastReported, alert);
	}

	/**
	 * This entry after its resolution was written, closing the ticket or leaving it open.
	 * @param alert the resolving alert
	 * @param closed whether the ticket was closed
	 * @param at when it was written
	 * @return the entry
	 */
	public LedgerEntry resolved(Alert alert, boolean closed, Instant at) {
		return new LedgerEntry(this.fingerprint, this.ticketId, closed ? TicketState.CLOSED : TicketState.RESOLVED,
				this.occurrences, 0, this.firstSeen, alert.receivedAt(), at, alert);
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
			return resolved(resolved, closed, at);
		}
		return closed ? pending(this.latest) : reported(at, 0);
	}

	/**
	 * Whether nothing is owed for this entry, now or later: its ticket exists, every
	 * repeat is reported and no resolution waits. Until another alert arrives, no write
	 * needs its latest alert's text.
	 * @return whether the entry is settled
	 */
	public boolean settled() {
		return this.state.hasTicket() && this.unreported == 0 && !resolutionOwed();
	}

	/**
	 * Whether the ticket is open and its alert's resolution not yet written.
	 * @return whether a resolution is owed
	 */
	public boolean resolutionOwed() {
		return this.state == TicketState.OPEN && this.latest.state() == AlertState.RESOLVED;
	}

}
