package dev.haloalertbridge.dedupe;

import java.time.Instant;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LedgerEntryTests {

	private static final Instant T0 = TestAlert.T0;

	private final Alert first = TestAlert.firing().build();

	private final Alert repeat = TestAlert.firing().withDescription("again").receivedAt(T0.plusSeconds(30)).build();

	private final Alert resolved = TestAlert.firing()
		.withState(AlertState.RESOLVED)
		.receivedAt(T0.plusSeconds(90))
		.build();

	@Test
	void settledOnlyWhenATicketExistsAndNothingIsOwed() {
		LedgerEntry pending = LedgerEntry.pending(this.first);
		LedgerEntry open = pending.opened(7, T0.plusSeconds(5));
		LedgerEntry repeated = open.repeated(this.repeat);
		LedgerEntry owingResolution = open.latest(this.resolved);
		assertThat(pending.settled()).isFalse();
		assertThat(LedgerEntry.searching(this.resolved).settled()).isFalse();
		assertThat(open.settled()).isTrue();
		assertThat(repeated.settled()).isFalse();
		assertThat(repeated.reported(T0.plusSeconds(60), 1).settled()).isTrue();
		assertThat(owingResolution.settled()).isFalse();
		assertThat(open.resolved(this.resolved, true, T0.plusSeconds(90)).settled()).isTrue();
		assertThat(open.resolved(this.resolved, false, T0.plusSeconds(90)).settled()).isTrue();
	}

	@Test
	void pendingHasNoTicketAndCountsTheFirstAlertOnce() {
		LedgerEntry pending = LedgerEntry.pending(this.first);
		assertThat(pending.state()).isEqualTo(TicketState.PENDING);
		assertThat(pending.ticketId()).isEmpty();
		assertThat(pending.fingerprint()).isEqualTo(this.first.fingerprint());
		assertThat(pending.occurrences()).isEqualTo(1);
		assertThat(pending.unreported()).isZero();
		assertThat(pending.firstSeen()).isEqualTo(T0);
		assertThat(pending.lastSeen()).isEqualTo(T0);
		assertThat(pending.lastReported()).isEqualTo(T0);
		assertThat(pending.latest()).isEqualTo(this.first);
	}

	@ParameterizedTest(name = "{0} with ticket id present={1} is rejected")
	@CsvSource({ "PENDING, true", "SEARCHING, true", "OPEN, false", "CLOSED, false" })
	void ticketIdIsPresentExactlyWhenTheStateHasATicket(TicketState state, boolean withTicket) {
		OptionalLong ticketId = withTicket ? OptionalLong.of(7) : OptionalLong.empty();
		assertThatIllegalArgumentException().isThrownBy(() -> entry(ticketId, state, 1, 0));
	}

	@ParameterizedTest(name = "occurrences {0}, unreported {1} is rejected")
	@CsvSource({ "-1, 0", "1, -1" })
	void countsMustBeSensible(long occurrences, long unreported) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> entry(OptionalLong.of(7), TicketState.OPEN, occurrences, unreported));
	}

	@Test
	void repeatedCountsTheAlertAsOneMoreOccurrenceNotYetReported() {
		LedgerEntry open = LedgerEntry.pending(this.first).opened(7, T0.plusSeconds(5));
		LedgerEntry twice = open.repeated(this.repeat);
		LedgerEntry thrice = twice.repeated(this.repeat);
		assertThat(twice.occurrences()).isEqualTo(2);
		assertThat(twice.unreported()).isEqualTo(1);
		assertThat(thrice.occurrences()).isEqualTo(3);
		assertThat(thrice.unreported()).isEqualTo(2);
		assertThat(thrice.latest()).isEqualTo(this.repeat);
		assertThat(thrice.lastSeen()).isEqualTo(T0.plusSeconds(30));
		assertThat(thrice.firstSeen()).isEqualTo(T0);
		assertThat(thrice.lastReported()).isEqualTo(T0.plusSeconds(5));
		assertThat(thrice.ticketId()).hasValue(7);
		assertThat(thrice.state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void repeatWhilePendingStaysPending() {
		LedgerEntry repeated = LedgerEntry.pending(this.first).repeated(this.repeat);
		assertThat(repeated.state()).isEqualTo(TicketState.PENDING);
		assertThat(repeated.ticketId()).isEmpty();
		assertThat(repeated.occurrences()).isEqualTo(2);
	}

	@Test
	void openedResetsUnreportedAndKeepsOccurrences() {
		LedgerEntry pending = LedgerEntry.pending(this.first).repeated(this.repeat).repeated(this.repeat);
		LedgerEntry open = pending.opened(1234, T0.plusSeconds(60));
		assertThat(open.state()).isEqualTo(TicketState.OPEN);
		assertThat(open.ticketId()).hasValue(1234);
		assertThat(open.unreported()).isZero();
		assertThat(open.occurrences()).isEqualTo(3);
		assertThat(open.lastReported()).isEqualTo(T0.plusSeconds(60));
		assertThat(open.lastSeen()).isEqualTo(T0.plusSeconds(30));
	}

	@Test
	void reportedClearsUnreportedAndMovesLastReported() {
		LedgerEntry reported = LedgerEntry.pending(this.first)
			.opened(7, T0)
			.repeated(this.repeat)
			.reported(T0.plusSeconds(600), 1);
		assertThat(reported.unreported()).isZero();
		assertThat(reported.occurrences()).isEqualTo(2);
		assertThat(reported.lastReported()).isEqualTo(T0.plusSeconds(600));
	}

	@Test
	void reportedKeepsRepeatsThatArrivedWhileTheNoteWasWritten() {
		LedgerEntry snapshot = LedgerEntry.pending(this.first).opened(7, T0).repeated(this.repeat);
		LedgerEntry current = snapshot.repeated(this.repeat).repeated(this.repeat);
		LedgerEntry reported = current.reported(T0.plusSeconds(600), snapshot.unreported());
		assertThat(reported.unreported()).isEqualTo(2);
		assertThat(reported.occurrences()).isEqualTo(4);
	}

	@Test
	void latestResolvedAlertLeavesTheEntryOpenWithTheResolutionOwed() {
		LedgerEntry owed = LedgerEntry.pending(this.first).opened(7, T0).repeated(this.repeat).latest(this.resolved);
		assertThat(owed.state()).isEqualTo(TicketState.OPEN);
		assertThat(owed.latest()).isEqualTo(this.resolved);
		assertThat(owed.resolutionOwed()).isTrue();
		assertThat(owed.lastSeen()).isEqualTo(T0.plusSeconds(90));
		assertThat(owed.lastReported()).isEqualTo(T0);
		assertThat(owed.unreported()).isEqualTo(1);
	}

	@Test
	void resolutionWrittenClosesOrLeavesOpenWhenNothingFiredMeanwhile() {
		LedgerEntry owed = LedgerEntry.pending(this.first).opened(7, T0).latest(this.resolved);
		assertThat(owed.resolutionWritten(this.resolved, true, T0.plusSeconds(100)).state())
			.isEqualTo(TicketState.CLOSED);
		assertThat(owed.resolutionWritten(this.resolved, false, T0.plusSeconds(100)).state())
			.isEqualTo(TicketState.RESOLVED);
	}

	@Test
	void ticketOpenedAfterItsAlertResolvedOwesTheResolution() {
		LedgerEntry opened = LedgerEntry.pending(this.first).latest(this.resolved).opened(7, T0.plusSeconds(100));
		assertThat(opened.resolutionOwed()).isTrue();
	}

	@Test
	void firingWhileTheClosingNoteWasWrittenOwesANewTicket() {
		LedgerEntry refired = LedgerEntry.pending(this.first).opened(7, T0).latest(this.resolved).repeated(this.repeat);
		LedgerEntry closed = refired.resolutionWritten(this.resolved, true, T0.plusSeconds(100));
		assertThat(closed.state()).isEqualTo(TicketState.PENDING);
		assertThat(closed.latest()).isEqualTo(this.repeat);
		LedgerEntry leftOpen = refired.resolutionWritten(this.resolved, false, T0.plusSeconds(100));
		assertThat(leftOpen.state()).isEqualTo(TicketState.OPEN);
		assertThat(leftOpen.unreported()).isEqualTo(1);
	}

	@Test
	void repeatAfterAResolutionLeftOpenReopensTheEntry() {
		LedgerEntry entry = LedgerEntry.pending(this.first)
			.opened(7, T0)
			.resolved(this.resolved, false, T0.plusSeconds(90));
		LedgerEntry again = entry.repeated(this.repeat);
		assertThat(again.state()).isEqualTo(TicketState.OPEN);
		assertThat(again.unreported()).isEqualTo(1);
	}

	@ParameterizedTest(name = "closed={0} -> {1}")
	@CsvSource({ "true, CLOSED", "false, RESOLVED" })
	void resolvedClosesOnlyWhenAskedAndLeavesNothingUnreported(boolean closed, TicketState expected) {
		LedgerEntry entry = LedgerEntry.pending(this.first)
			.opened(7, T0)
			.repeated(this.repeat)
			.resolved(this.resolved, closed, T0.plusSeconds(90));
		assertThat(entry.state()).isEqualTo(expected);
		assertThat(entry.ticketId()).hasValue(7);
		assertThat(entry.unreported()).isZero();
		assertThat(entry.occurrences()).isEqualTo(2);
		assertThat(entry.latest()).isEqualTo(this.resolved);
		assertThat(entry.lastSeen()).isEqualTo(T0.plusSeconds(90));
	}

	private LedgerEntry entry(OptionalLong ticketId, TicketState state, long occurrences, long unreported) {
		return new LedgerEntry(this.first.fingerprint(), ticketId, state, occurrences, unreported, T0, T0, T0,
				this.first);
	}

}
