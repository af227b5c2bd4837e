package dev.haloalertbridge.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;

/**
 * The lifecycle of a fingerprint's ticket, as pure functions: nothing here reads a clock,
 * does I/O or keeps state. {@link #onAlert} is the one decision an arriving alert gets;
 * {@link #owed} says what an entry is owed, so the alert path and the executor of writes
 * (after each write) derive the next work in the same place. The table test of these two
 * functions is the lifecycle's specification.
 */
public final class Lifecycle {

	private Lifecycle() {
	}

	/**
	 * What an incoming alert means, and what it leaves owed.
	 * @param known the ledger's entry for its fingerprint, if any
	 * @param alert the incoming alert
	 * @param policy the lifecycle settings
	 * @param now the current time
	 * @return the decision, the next entry and the owed writes
	 */
	public static Transition onAlert(Optional<LedgerEntry> known, Alert alert, Policy policy, Instant now) {
		Decision decision = decide(known, alert);
		Optional<LedgerEntry> next = Optional.of(next(decision, known, alert));
		return new Transition(decision, next, owed(next.get(), policy, now));
	}

	private static Decision decide(Optional<LedgerEntry> known, Alert alert) {
		boolean firing = alert.state() == AlertState.FIRING;
		if (known.isEmpty()) {
			return firing ? Decision.NEW : Decision.RESOLVED_UNKNOWN;
		}
		return switch (known.get().state()) {
			case PENDING -> firing ? Decision.RETRY_CREATE : Decision.RESOLVED_UNKNOWN;
			case SEARCHING -> firing ? Decision.NEW : Decision.RESOLVED_AGAIN;
			case OPEN -> firing ? Decision.REPEAT : Decision.RESOLVED;
			case RESOLVED -> firing ? Decision.REPEAT : Decision.RESOLVED_AGAIN;
			case CLOSED -> firing ? Decision.NEW : Decision.RESOLVED_AGAIN;
		};
	}

	private static LedgerEntry next(Decision decision, Optional<LedgerEntry> known, Alert alert) {
		return switch (decision) {
			case NEW -> LedgerEntry.pending(alert);
			case RETRY_CREATE, REPEAT -> known.orElseThrow().repeated(alert);
			// Forgotten: look the ticket up. Resolved before its ticket existed: no
			// create
			// is owed any more, and a create already under way closes what it opened.
			case RESOLVED_UNKNOWN ->
				known.map((entry) -> entry.latest(alert)).orElseGet(() -> LedgerEntry.searching(alert));
			case RESOLVED -> known.orElseThrow().latest(alert);
			case RESOLVED_AGAIN -> known.orElseThrow();
		};
	}

	/**
	 * What an entry is owed now or later. A create, a resolution and a lookup are owed at
	 * once; repeats are coalesced into one note per interval since the last write.
	 * @param entry the entry
	 * @param policy the lifecycle settings
	 * @param now the current time
	 * @return the owed writes, empty when nothing is owed
	 */
	public static List<Effect> owed(LedgerEntry entry, Policy policy, Instant now) {
		boolean firing = entry.latest().state() == AlertState.FIRING;
		return switch (entry.state()) {
			case PENDING -> firing ? List.of(new Effect(Effect.Kind.CREATE, now)) : List.of();
			case SEARCHING -> firing ? List.of() : List.of(new Effect(Effect.Kind.LOOKUP, now));
			case OPEN -> openOwed(entry, policy, now);
			case RESOLVED, CLOSED -> List.of();
		};
	}

	private static List<Effect> openOwed(LedgerEntry entry, Policy policy, Instant now) {
		if (entry.resolutionOwed()) {
			return List.of(new Effect(Effect.Kind.RESOLVE, now));
		}
		if (entry.unreported() > 0) {
			Instant due = entry.lastReported().plus(policy.coalesceInterval());
			return List.of(new Effect(Effect.Kind.NOTE, due.isAfter(now) ? due : now));
		}
		return List.of();
	}

	/**
	 * The settings the lifecycle runs on. Reopen, flap and storm policies join here.
	 *
	 * @param coalesceInterval at most one repeat note per ticket per interval
	 */
	public record Policy(Duration coalesceInterval) {

		public Policy {
			Objects.requireNonNull(coalesceInterval, "coalesceInterval");
		}

	}

	/**
	 * The outcome of one alert.
	 *
	 * @param decision what the alert meant, for logs and metrics
	 * @param next the entry to store
	 * @param effects the writes owed after it
	 */
	public record Transition(Decision decision, Optional<LedgerEntry> next, List<Effect> effects) {

		public Transition {
			effects = List.copyOf(effects);
		}

	}

}
