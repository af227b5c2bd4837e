package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

/**
 * How the ledger keeps an entry that owes nothing ({@link LedgerEntry#settled()}): its
 * numbers, with times to the millisecond, and of its latest alert only what decides the
 * next transition (firing or resolved, the severity). The alert's text is dropped: every
 * write that needs it is owed while the entry is not settled, and the next alert brings
 * new text. This is what lets a million fingerprints fit in a small heap.
 *
 * @param ticketId the ticket
 * @param state where the ticket stands, one with a ticket
 * @param occurrences firing alerts in all
 * @param firstSeen the first alert's receipt, in epoch milliseconds
 * @param lastSeen the latest alert's receipt, in epoch milliseconds
 * @param lastReported the latest write, in epoch milliseconds
 * @param latestState whether the latest alert was firing or resolved
 * @param severity the latest alert's severity
 */
record SettledEntry(long ticketId, TicketState state, long occurrences, long firstSeen, long lastSeen,
		long lastReported, AlertState latestState, Severity severity) {

	/**
	 * The title of the alert a settled entry gives back in place of its latest one; no
	 * write ever uses it.
	 */
	static final String NOT_KEPT = "(the alert's text is not kept once its ticket is up to date)";

	static SettledEntry of(LedgerEntry entry) {
		Alert latest = entry.latest();
		return new SettledEntry(entry.ticketId().orElseThrow(), entry.state(), entry.occurrences(),
				entry.firstSeen().toEpochMilli(), entry.lastSeen().toEpochMilli(), entry.lastReported().toEpochMilli(),
				latest.state(), latest.severity());
	}

	/**
	 * The entry again, with a stand-in for its latest alert.
	 * @param key the entry's key, which names the alert's source
	 * @param fingerprint the entry's fingerprint
	 * @return the entry
	 */
	LedgerEntry toEntry(LedgerKey key, Fingerprint fingerprint) {
		Instant seen = Instant.ofEpochMilli(this.lastSeen);
		Alert latest = new Alert(key.source(), fingerprint, this.severity, this.latestState, "", "", NOT_KEPT, "",
				Map.of(), seen, seen);
		return new LedgerEntry(fingerprint, OptionalLong.of(this.ticketId), this.state, this.occurrences, 0,
				Instant.ofEpochMilli(this.firstSeen), seen, Instant.ofEpochMilli(this.lastReported), latest);
	}

}
