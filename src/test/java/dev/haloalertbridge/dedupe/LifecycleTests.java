package dev.haloalertbridge.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle's specification: what each alert means given what is known, where the
 * entry goes, and which writes it leaves owed, and when.
 */
class LifecycleTests {

	private static final Instant T0 = TestAlert.T0;

	private static final Instant NOW = T0.plusSeconds(600);

	private static final Lifecycle.Policy POLICY = new Lifecycle.Policy(Duration.ofMinutes(10));

	private static final Alert FIRST = TestAlert.firing().build();

	private static final Alert FIRING = TestAlert.firing().receivedAt(NOW).build();

	private static final Alert RESOLVED = TestAlert.firing().withState(AlertState.RESOLVED).receivedAt(NOW).build();

	static Stream<Arguments> alerts() {
		LedgerEntry pending = LedgerEntry.pending(FIRST);
		LedgerEntry open = pending.opened(42, T0);
		LedgerEntry noted = open.repeated(at(T0.plusSeconds(60))).reported(T0.plusSeconds(300), 1);
		Alert earlierResolve = resolvedAt(T0.plusSeconds(60));
		return Stream.of(row("unknown fires", Optional.empty(), FIRING, Decision.NEW, TicketState.PENDING, create(NOW)),
				row("unknown resolves: look the ticket up in Halo", Optional.empty(), RESOLVED,
						Decision.RESOLVED_UNKNOWN, TicketState.SEARCHING, lookup(NOW)),
				row("pending fires again: the create stays owed", Optional.of(pending), FIRING, Decision.RETRY_CREATE,
						TicketState.PENDING, create(NOW)),
				row("pending resolves before its ticket exists: nothing owed", Optional.of(pending), RESOLVED,
						Decision.RESOLVED_UNKNOWN, TicketState.PENDING, List.of()),
				row("searching fires: a ticket is owed (the create adopts an open one)",
						Optional.of(LedgerEntry.searching(earlierResolve)), FIRING, Decision.NEW, TicketState.PENDING,
						create(NOW)),
				row("searching resolves again: the lookup stays owed",
						Optional.of(LedgerEntry.searching(earlierResolve)), RESOLVED, Decision.RESOLVED_AGAIN,
						TicketState.SEARCHING, lookup(NOW)),
				row("open fires: a note at the end of the interval since the ticket was opened", Optional.of(open),
						FIRING, Decision.REPEAT, TicketState.OPEN, note(T0.plusSeconds(600))),
				row("open, noted 5 min ago, fires: a note 10 min after that note", Optional.of(noted), FIRING,
						Decision.REPEAT, TicketState.OPEN, note(T0.plusSeconds(900))),
				row("open resolves: the resolution is owed at once", Optional.of(open), RESOLVED, Decision.RESOLVED,
						TicketState.OPEN, resolve(NOW)),
				row("open with repeats resolves: the resolution, not a note", Optional.of(open.repeated(FIRST)),
						RESOLVED, Decision.RESOLVED, TicketState.OPEN, resolve(NOW)),
				row("resolved and left open fires: open again, noted later",
						Optional.of(open.resolved(earlierResolve, false, T0.plusSeconds(60))), FIRING, Decision.REPEAT,
						TicketState.OPEN, note(T0.plusSeconds(660))),
				row("resolved and left open resolves again: nothing",
						Optional.of(open.resolved(earlierResolve, false, T0.plusSeconds(60))), RESOLVED,
						Decision.RESOLVED_AGAIN, TicketState.RESOLVED, List.of()),
				row("closed fires: a new ticket", Optional.of(open.resolved(earlierResolve, true, T0.plusSeconds(60))),
						FIRING, Decision.NEW, TicketState.PENDING, create(NOW)),
				row("closed resolves again: nothing",
						Optional.of(open.resolved(earlierResolve, true, T0.plusSeconds(60))), RESOLVED,
						Decision.RESOLVED_AGAIN, TicketState.CLOSED, List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("alerts")
	void alertMovesTheEntryAndOwesWrites(String description, Optional<LedgerEntry> known, Alert alert,
			Decision decision, TicketState state, List<Effect> effects) {
		Lifecycle.Transition transition = Lifecycle.onAlert(known, alert, POLICY, NOW);
		assertThat(transition.decision()).isEqualTo(decision);
		assertThat(transition.next()).get().extracting(LedgerEntry::state).isEqualTo(state);
		assertThat(transition.effects()).isEqualTo(effects);
	}

	static Stream<Arguments> owed() {
		LedgerEntry open = LedgerEntry.pending(FIRST).opened(42, T0);
		LedgerEntry repeated = open.repeated(at(T0.plusSeconds(60)));
		return Stream.of(owedRow("pending, firing", LedgerEntry.pending(FIRST), T0, create(T0)),
				owedRow("pending, resolved first", LedgerEntry.pending(FIRST).latest(resolvedAt(T0)), T0, List.of()),
				owedRow("open with nothing unreported", open, T0.plusSeconds(86400), List.of()),
				owedRow("open with a repeat, before the interval", repeated, T0.plusSeconds(599),
						note(T0.plusSeconds(600))),
				owedRow("open with a repeat, long after the interval", repeated, T0.plusSeconds(7200),
						note(T0.plusSeconds(7200))),
				owedRow("open, all repeats noted", repeated.reported(T0.plusSeconds(600), 1), T0.plusSeconds(1300),
						List.of()),
				owedRow("open, a repeat arrived while noting",
						repeated.repeated(at(T0.plusSeconds(610))).reported(T0.plusSeconds(600), 1),
						T0.plusSeconds(700), note(T0.plusSeconds(1200))),
				owedRow("resolution written, ticket left open", open.resolved(resolvedAt(T0), false, T0),
						T0.plusSeconds(3600), List.of()),
				owedRow("searching", LedgerEntry.searching(resolvedAt(T0)), T0, lookup(T0)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("owed")
	void entryOwesWhatItsStateAndTheTimeSay(String description, LedgerEntry entry, Instant now, List<Effect> expected) {
		assertThat(Lifecycle.owed(entry, POLICY, now)).isEqualTo(expected);
	}

	@Test
	void aCreateUnderWayWhenTheAlertResolvedClosesWhatItOpened() {
		LedgerEntry resolvedWhilePending = Lifecycle
			.onAlert(Optional.of(LedgerEntry.pending(FIRST)), RESOLVED, POLICY, NOW)
			.next()
			.orElseThrow();
		LedgerEntry opened = resolvedWhilePending.opened(42, NOW);
		assertThat(Lifecycle.owed(opened, POLICY, NOW)).isEqualTo(resolve(NOW));
	}

	private static Arguments row(String description, Optional<LedgerEntry> known, Alert alert, Decision decision,
			TicketState state, List<Effect> effects) {
		return Arguments.of(description, known, alert, decision, state, effects);
	}

	private static Arguments owedRow(String description, LedgerEntry entry, Instant now, List<Effect> expected) {
		return Arguments.of(description, entry, now, expected);
	}

	private static List<Effect> create(Instant due) {
		return List.of(new Effect(Effect.Kind.CREATE, due));
	}

	private static List<Effect> note(Instant due) {
		return List.of(new Effect(Effect.Kind.NOTE, due));
	}

	private static List<Effect> resolve(Instant due) {
		return List.of(new Effect(Effect.Kind.RESOLVE, due));
	}

	private static List<Effect> lookup(Instant due) {
		return List.of(new Effect(Effect.Kind.LOOKUP, due));
	}

	private static Alert at(Instant receivedAt) {
		return TestAlert.firing().receivedAt(receivedAt).build();
	}

	private static Alert resolvedAt(Instant receivedAt) {
		return TestAlert.firing().withState(AlertState.RESOLVED).receivedAt(receivedAt).build();
	}

}
