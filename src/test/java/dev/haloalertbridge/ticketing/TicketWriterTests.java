package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.halo.HaloFailures;
import dev.haloalertbridge.halo.HaloOperation;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.testsupport.FakeHalo;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.TestAlert;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake, outbox and executor of writes against an in-memory Halo behind the port, on
 * a clock the test moves: which calls go out, in which lane, and what a failure becomes.
 */
class TicketWriterTests {

	private final MutableClock clock = new MutableClock(TestAlert.T0);

	private final FakeHalo halo = new FakeHalo();

	private final MapLedger ledger = new MapLedger();

	private final MemoryOutbox outbox = new MemoryOutbox();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final OutboxProperties outboxProperties = new OutboxProperties(100, Duration.ofSeconds(1),
			Duration.ofSeconds(30), Duration.ofMinutes(15), 3);

	private DirectIntake intake;

	private TicketWriter writer;

	@BeforeEach
	void wire() {
		wire(true);
	}

	private void wire(boolean findBeforeCreate) {
		TicketingProperties ticketing = new TicketingProperties(true, 9, 7, findBeforeCreate, 200, 4000,
				Duration.ofSeconds(20));
		DedupeProperties dedupe = new DedupeProperties(Duration.ofMinutes(10), Duration.ofDays(7), 1000);
		TicketingMetrics metrics = new TicketingMetrics(this.registry, List.of());
		OwedWork owed = new OwedWork(this.outbox);
		MappingProperties mapping = new MappingProperties(
				new MappingProperties.Defaults(12, null, "Service Desk", 21, Map.of()), List.of());
		TicketRouter router = new TicketRouter(mapping);
		this.writer = new TicketWriter(this.halo, this.ledger, router,
				new RouteResolver(this.halo, mapping, this.clock), new TicketText(ticketing), ticketing, dedupe,
				metrics, this.clock, owed, new WriteFailures(this.outbox, this.outboxProperties, metrics, this.clock));
		this.intake = new DirectIntake(this.ledger, owed, this.outbox, metrics, this.clock, dedupe,
				this.outboxProperties, router, new UnmappedAlerts(this.registry, List.of(), mapping.unmapped()));
		this.intake.open();
	}

	@Test
	void timeFromReceiptToTheCreateRequestIsRecorded() {
		admit(alert("slow"));
		this.clock.advance(Duration.ofSeconds(2));
		drain();
		Timer delay = this.registry.get("bridge.alerts.create.delay").timer();
		assertThat(delay.count()).isEqualTo(1);
		assertThat(delay.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
	}

	@Test
	void criticalAlertGoesOutInTheCriticalLaneAfterLookingForAnOpenTicket() {
		admit(alert("a").withSeverity(Severity.CRITICAL));
		drain();
		assertThat(this.halo.calls()).containsExactly("find critical_create", "create critical_create");
		assertThat(this.halo.tickets()).singleElement().satisfies((t) -> assertThat(t.summary()).contains("a"));
	}

	@Test
	void repeatsBecomeOneNotePerCoalescingInterval() {
		admit(alert("a").withSeverity(Severity.HIGH));
		drain();
		for (int i = 0; i < 10; i++) {
			admit(alert("a").withSeverity(Severity.HIGH));
		}
		drain();
		assertThat(this.halo.notes()).isEmpty();
		this.clock.advance(Duration.ofMinutes(10));
		drain();
		assertThat(this.halo.notes()).singleElement()
			.satisfies((note) -> assertThat(note.noteHtml()).contains("<strong>10</strong> more times"));
		assertThat(this.halo.calls()).containsExactly("find create", "create create", "note note");
	}

	@Test
	void resolveForAForgottenFingerprintFindsTheOpenTicketAndClosesIt() {
		Alert resolved = alert("lost").withState(AlertState.RESOLVED).receivedAt(this.clock.instant()).build();
		this.halo.holdOpen(resolved.fingerprint(), 77);
		this.intake.admit(List.of(resolved)).block();
		drain();
		assertThat(this.halo.calls()).containsExactly("find background", "note resolve");
		assertThat(this.halo.notes()).singleElement().satisfies((note) -> {
			assertThat(note.ticketId()).isEqualTo(77);
			assertThat(note.newStatusId()).hasValue(9);
		});
	}

	@Test
	void resolveWithNoOpenTicketInHaloWritesNothingAndForgetsTheFingerprint() {
		Alert resolved = alert("gone").withState(AlertState.RESOLVED).receivedAt(this.clock.instant()).build();
		this.intake.admit(List.of(resolved)).block();
		drain();
		assertThat(this.halo.calls()).containsExactly("find background");
		assertThat(this.ledger.find(resolved.fingerprint())).isEmpty();
		assertThat(this.registry.get("bridge.resolve.lookups").tag("result", "not_found").counter().count())
			.isEqualTo(1);
	}

	@Test
	void createNoLongerOwedIsSkippedWithoutACall() {
		admit(alert("brief"));
		admit(alert("brief").withState(AlertState.RESOLVED));
		drain();
		assertThat(this.halo.calls()).isEmpty();
		assertThat(this.outbox.size()).isZero();
	}

	@Test
	void writeTheBudgetHoldsBackWaitsWithoutCountingAnAttempt() {
		Instant later = this.clock.instant().plus(Duration.ofMinutes(4));
		this.halo.failNext(HaloFailures.deferred(HaloOperation.FIND_TICKET, later));
		admit(alert("a"));
		drain();
		assertThat(this.outbox.nextDue()).contains(later);
		this.clock.advance(Duration.ofMinutes(4));
		OwedWrite write = this.outbox.takeDue(this.clock.instant()).orElseThrow();
		assertThat(write.attempts()).isZero();
		assertThat(this.writer.write(write).block()).isEqualTo(WriteFailures.Result.WRITTEN);
		assertThat(this.halo.tickets()).hasSize(1);
	}

	@Test
	void transientFailuresAreRetriedWithAGrowingBackoffUntilTheyGoThrough() {
		wire(false);
		for (int i = 0; i < 4; i++) {
			this.halo.failNext(HaloFailures.transientFailure(HaloOperation.CREATE_TICKET));
		}
		admit(alert("a"));
		drain();
		for (Duration wait : List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
				Duration.ofMinutes(4))) {
			this.clock.advance(wait.minusSeconds(1));
			drain();
			this.clock.advance(Duration.ofSeconds(1));
			drain();
		}
		assertThat(this.halo.calls()).hasSize(5);
		assertThat(this.halo.tickets()).hasSize(1);
		assertThat(this.registry.get("bridge.pipeline.failures").tag("stage", "create").counter().count()).isEqualTo(4);
	}

	@Test
	void createHaloRefusesForGoodIsSetAsideAfterTheCappedRetries() {
		wire(false);
		for (int i = 0; i < 3; i++) {
			this.halo.failNext(HaloFailures.rejected(HaloOperation.CREATE_TICKET, 400, "Please select a valid Client"));
		}
		admit(alert("poisoned"));
		drain();
		this.clock.advance(Duration.ofSeconds(30));
		drain();
		this.clock.advance(Duration.ofMinutes(1));
		drain();
		assertThat(this.halo.calls()).hasSize(3);
		assertThat(this.outbox.rejected()).isEqualTo(1);
		assertThat(this.outbox.size()).isZero();
		assertThat(this.registry.get("bridge.writes.rejected").tag("kind", "create").counter().count()).isEqualTo(1);

		admit(alert("poisoned"));
		this.clock.advance(Duration.ofHours(1));
		drain();
		assertThat(this.halo.calls()).hasSize(3);
	}

	@Test
	void expiredCredentialsAreNotARejectionOfTheWrite() {
		wire(false);
		for (int i = 0; i < 5; i++) {
			this.halo.failNext(HaloFailures.rejected(HaloOperation.CREATE_TICKET, 401, "invalid token"));
		}
		admit(alert("a"));
		drain();
		for (int i = 0; i < 5; i++) {
			this.clock.advance(Duration.ofMinutes(15));
			drain();
		}
		assertThat(this.outbox.rejected()).isZero();
		assertThat(this.halo.tickets()).hasSize(1);
	}

	private void admit(TestAlert alert) {
		this.intake.admit(List.of(alert.receivedAt(this.clock.instant()).build())).block();
	}

	/**
	 * What the worker does on a wake-up: writes what is due until nothing is, or the
	 * budget defers a write.
	 */
	private void drain() {
		Optional<OwedWrite> next;
		while ((next = this.outbox.takeDue(this.clock.instant())).isPresent()) {
			if (this.writer.write(next.get()).block() == WriteFailures.Result.DEFERRED) {
				return;
			}
		}
	}

	private static TestAlert alert(String id) {
		return TestAlert.firing().withId(id).withTitle(id);
	}

}
