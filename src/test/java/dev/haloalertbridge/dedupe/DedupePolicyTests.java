package dev.haloalertbridge.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class DedupePolicyTests {

	private static final Instant T0 = TestAlert.T0;

	private static final DedupePolicy.Timings TIMINGS = new DedupePolicy.Timings(Duration.ofMinutes(10),
			Duration.ofMinutes(1));

	private static final Alert FIRST = TestAlert.firing().build();

	@ParameterizedTest(name = "known {0}, incoming {1} -> {2}")
	@CsvSource({ "none, FIRING, NEW", "none, RESOLVED, RESOLVED_UNKNOWN", "pending, FIRING, RETRY_CREATE",
			"pending, RESOLVED, RESOLVED_UNKNOWN", "open, FIRING, REPEAT", "open, RESOLVED, RESOLVED",
			"open with resolve owed, FIRING, REPEAT", "open with resolve owed, RESOLVED, RESOLVED",
			"resolved and left open, FIRING, REPEAT", "resolved and left open, RESOLVED, RESOLVED_AGAIN",
			"closed, FIRING, NEW", "closed, RESOLVED, RESOLVED_AGAIN" })
	void decisionFollowsKnownEntryAndIncomingState(String known, AlertState incoming, Decision expected) {
		Alert alert = TestAlert.firing().withState(incoming).receivedAt(T0.plusSeconds(600)).build();
		assertThat(DedupePolicy.decide(known(known), alert)).isEqualTo(expected);
	}

	private static Optional<LedgerEntry> known(String name) {
		LedgerEntry pending = LedgerEntry.pending(FIRST);
		LedgerEntry open = pending.opened(42, T0);
		Alert resolved = TestAlert.firing().withState(AlertState.RESOLVED).receivedAt(T0.plusSeconds(60)).build();
		return switch (name) {
			case "none" -> Optional.empty();
			case "pending" -> Optional.of(pending);
			case "open" -> Optional.of(open);
			case "open with resolve owed" -> Optional.of(open.resolveOwed(resolved));
			case "resolved and left open" -> Optional.of(open.resolved(resolved, false));
			case "closed" -> Optional.of(open.resolved(resolved, true));
			default -> throw new IllegalArgumentException(name);
		};
	}

	static Stream<Arguments> sweeps() {
		LedgerEntry pending = LedgerEntry.pending(FIRST);
		LedgerEntry failedCreate = pending.attempted(T0.plusSeconds(120));
		LedgerEntry open = pending.opened(42, T0);
		LedgerEntry repeated = open.repeated(at(T0.plusSeconds(60)));
		LedgerEntry resolveOwed = open.resolveOwed(resolvedAt(T0.plusSeconds(120)));
		LedgerEntry failedResolve = resolveOwed.attempted(T0.plusSeconds(120));
		LedgerEntry repeatedThenResolveOwed = repeated.resolveOwed(resolvedAt(T0.plusSeconds(1200)));
		LedgerEntry closed = open.resolved(resolvedAt(T0.plusSeconds(120)), true);
		return Stream.of(
				// a create is owed at once; after a failure, again once the backoff has
				// passed
				sweep("pending, never attempted", pending, T0, SweepAction.CREATE),
				sweep("pending, its alert resolved before a ticket existed", pending.resolveOwed(resolvedAt(T0)),
						T0.plusSeconds(3600), SweepAction.NONE),
				sweep("pending, resolved, then fired again", pending.resolveOwed(resolvedAt(T0)).repeated(at(T0)), T0,
						SweepAction.CREATE),
				sweep("pending, failed, before the backoff", failedCreate, T0.plusSeconds(179), SweepAction.NONE),
				sweep("pending, failed, exactly at the backoff", failedCreate, T0.plusSeconds(180), SweepAction.CREATE),
				sweep("pending, failed twice, before the next backoff", failedCreate.attempted(T0.plusSeconds(180)),
						T0.plusSeconds(239), SweepAction.NONE),
				sweep("pending, failed twice, after the next backoff", failedCreate.attempted(T0.plusSeconds(180)),
						T0.plusSeconds(240), SweepAction.CREATE),
				// repeats are coalesced into one note per interval since the last write
				sweep("open with a repeat, before the interval", repeated, T0.plusSeconds(599), SweepAction.NONE),
				sweep("open with a repeat, exactly at the interval", repeated, T0.plusSeconds(600), SweepAction.NOTE),
				sweep("open with a repeat, long after the interval", repeated, T0.plusSeconds(7200), SweepAction.NOTE),
				sweep("open with repeats just noted, after the old interval", repeated.reported(T0.plusSeconds(600), 1),
						T0.plusSeconds(1300), SweepAction.NONE),
				sweep("open, a repeat arrived while noting, after the next interval",
						repeated.repeated(at(T0.plusSeconds(610))).reported(T0.plusSeconds(600), 1),
						T0.plusSeconds(1200), SweepAction.NOTE),
				sweep("open, note failed, before the backoff", repeated.attempted(T0.plusSeconds(600)),
						T0.plusSeconds(659), SweepAction.NONE),
				sweep("open, note failed, after the backoff", repeated.attempted(T0.plusSeconds(600)),
						T0.plusSeconds(660), SweepAction.NOTE),
				// a resolution is owed at once, before any note; after a failure, again
				// after the backoff
				sweep("open with resolve owed", resolveOwed, T0.plusSeconds(120), SweepAction.RESOLVE),
				sweep("open with resolve owed and repeats", repeatedThenResolveOwed, T0.plusSeconds(1200),
						SweepAction.RESOLVE),
				sweep("open, resolve failed, before the backoff", failedResolve, T0.plusSeconds(179), SweepAction.NONE),
				sweep("open, resolve failed, after the backoff", failedResolve, T0.plusSeconds(180),
						SweepAction.RESOLVE),
				// nothing owed
				sweep("open with nothing unreported", open, T0.plusSeconds(86400), SweepAction.NONE),
				sweep("closed", closed, T0.plusSeconds(86400), SweepAction.NONE));
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@MethodSource("sweeps")
	void sweepOwesWhatTheEntryAndTheTimeSay(String description, LedgerEntry entry, Instant now, SweepAction expected) {
		assertThat(DedupePolicy.sweep(entry, now, TIMINGS)).isEqualTo(expected);
	}

	@Test
	void resolutionNoteWrittenWithoutClosingIsNotWrittenAgain() {
		// with close-on-resolve off the ticket stays open after its resolution note; the
		// sweep must not take that written note for an owed one
		LedgerEntry noted = LedgerEntry.pending(FIRST).opened(42, T0).resolved(resolvedAt(T0.plusSeconds(120)), false);
		assertThat(DedupePolicy.sweep(noted, T0.plusSeconds(3600), TIMINGS)).isEqualTo(SweepAction.NONE);
	}

	private static Arguments sweep(String description, LedgerEntry entry, Instant now, SweepAction expected) {
		return Arguments.of(description, entry, now, expected);
	}

	private static Alert at(Instant receivedAt) {
		return TestAlert.firing().receivedAt(receivedAt).build();
	}

	private static Alert resolvedAt(Instant receivedAt) {
		return TestAlert.firing().withState(AlertState.RESOLVED).receivedAt(receivedAt).build();
	}

}
