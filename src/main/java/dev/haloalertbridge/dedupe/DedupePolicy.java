package dev.haloalertbridge.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;

/**
 * The pure decisions of deduplication: nothing here reads a clock or does I/O.
 */
public final class DedupePolicy {

	private DedupePolicy() {
	}

	/**
	 * Decides what an incoming alert means.
	 * @param known the ledger's entry for its fingerprint, if any
	 * @param alert the incoming alert
	 * @return the decision
	 */
	public static Decision decide(Optional<LedgerEntry> known, Alert alert) {
		boolean firing = alert.state() == AlertState.FIRING;
		if (known.isEmpty()) {
			return firing ? Decision.NEW : Decision.RESOLVED_UNKNOWN;
		}
		return switch (known.get().state()) {
			case PENDING -> firing ? Decision.RETRY_CREATE : Decision.RESOLVED_UNKNOWN;
			case OPEN -> firing ? Decision.REPEAT : Decision.RESOLVED;
			case RESOLVED -> firing ? Decision.REPEAT : Decision.RESOLVED_AGAIN;
			case CLOSED -> firing ? Decision.NEW : Decision.RESOLVED_AGAIN;
		};
	}

	/**
	 * Decides which write an entry is owed now. A create or a resolution is owed at once,
	 * and after a failure again once the backoff has passed, so an alert accepted while
	 * Halo was down still reaches its ticket without waiting for the next repeat. Repeats
	 * are coalesced: one note per interval since the last write, not one per alert.
	 * @param entry the ledger entry
	 * @param now the current time
	 * @param timings the coalescing interval and the retry backoff
	 * @return what to write now
	 */
	public static SweepAction sweep(LedgerEntry entry, Instant now, Timings timings) {
		return switch (entry.state()) {
			// A pending entry whose alert resolved is owed nothing: no ticket for a
			// problem that is over.
			case PENDING -> (entry.latest().state() == AlertState.FIRING && due(entry, now, timings.retryBackoff()))
					? SweepAction.CREATE : SweepAction.NONE;
			case OPEN -> openSweep(entry, now, timings);
			case RESOLVED, CLOSED -> SweepAction.NONE;
		};
	}

	private static SweepAction openSweep(LedgerEntry entry, Instant now, Timings timings) {
		if (entry.resolutionOwed()) {
			return due(entry, now, timings.retryBackoff()) ? SweepAction.RESOLVE : SweepAction.NONE;
		}
		Duration wait = (entry.failures() > 0) ? timings.retryBackoff() : timings.coalesceInterval();
		if (entry.unreported() > 0 && elapsed(entry, now, wait)) {
			return SweepAction.NOTE;
		}
		return SweepAction.NONE;
	}

	private static boolean due(LedgerEntry entry, Instant now, Duration backoff) {
		return entry.failures() == 0 || elapsed(entry, now, backoff);
	}

	private static boolean elapsed(LedgerEntry entry, Instant now, Duration wait) {
		return !now.isBefore(entry.lastReported().plus(wait));
	}

	/**
	 * The waits the sweep applies.
	 *
	 * @param coalesceInterval at most one repeat note per ticket per interval
	 * @param retryBackoff how long a failed create or resolve waits before it is tried
	 * again
	 */
	public record Timings(Duration coalesceInterval, Duration retryBackoff) {

	}

}
