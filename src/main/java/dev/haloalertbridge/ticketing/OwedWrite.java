package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.halo.Lane;

/**
 * One write the bridge owes Halo, as the outbox holds it. It carries what the write needs
 * should the ledger forget the fingerprint meanwhile (the alert, the ticket id), so an
 * eviction never loses owed work.
 *
 * @param fingerprint the alert identity
 * @param kind what to write
 * @param lane how urgent it is
 * @param due the earliest time it may be written
 * @param alert the alert the write is about (the latest when it was owed)
 * @param ticketId the ticket, when one is known
 * @param attempts failed attempts so far (not counting calls the budget held back)
 * @param rejections how many of those Halo refused for good
 * @param since when it was first owed, for the oldest-age metric
 */
record OwedWrite(Fingerprint fingerprint, Effect.Kind kind, Lane lane, Instant due, Alert alert, OptionalLong ticketId,
		int attempts, int rejections, Instant since) {

	OwedWrite {
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(lane, "lane");
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(alert, "alert");
		Objects.requireNonNull(ticketId, "ticketId");
		Objects.requireNonNull(since, "since");
	}

	/**
	 * Identifies an owed write: one per fingerprint and kind, so repeats merge.
	 *
	 * @param fingerprint the alert identity
	 * @param kind what to write
	 */
	record Key(Fingerprint fingerprint, Effect.Kind kind) {

	}

	Key key() {
		return new Key(this.fingerprint, this.kind);
	}

	OwedWrite dueAt(Instant at) {
		return new OwedWrite(this.fingerprint, this.kind, this.lane, at, this.alert, this.ticketId, this.attempts,
				this.rejections, this.since);
	}

	OwedWrite failed(Instant retryAt, boolean rejected) {
		return new OwedWrite(this.fingerprint, this.kind, this.lane, retryAt, this.alert, this.ticketId,
				this.attempts + 1, this.rejections + (rejected ? 1 : 0), this.since);
	}

	/**
	 * This write merged with another for the same key: the newer alert and lane, the
	 * failures of both, and the earlier due time unless a failed attempt set a backoff.
	 */
	OwedWrite merge(OwedWrite other) {
		OwedWrite newer = other.alert.receivedAt().isBefore(this.alert.receivedAt()) ? this : other;
		int attempts = Math.max(this.attempts, other.attempts);
		Instant due;
		if (attempts > 0) {
			due = (this.attempts >= other.attempts) ? this.due : other.due;
		}
		else {
			due = this.due.isBefore(other.due) ? this.due : other.due;
		}
		Instant since = this.since.isBefore(other.since) ? this.since : other.since;
		OptionalLong ticket = newer.ticketId.isPresent() ? newer.ticketId : this.ticketId;
		return new OwedWrite(this.fingerprint, this.kind, newer.lane, due, newer.alert, ticket, attempts,
				Math.max(this.rejections, other.rejections), since);
	}

}
