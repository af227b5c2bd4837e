package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.halo.Lane;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's order (lane, then due time), merging, and rejection, with times told by
 * the test.
 */
class MemoryOutboxTests {

	private static final Instant T0 = TestAlert.T0;

	private final MemoryOutbox outbox = new MemoryOutbox();

	@Test
	void servesTheMostUrgentLaneFirstThenTheEarliestDue() {
		this.outbox.schedule(write("note", Effect.Kind.NOTE, Lane.NOTE, T0));
		this.outbox.schedule(write("create-late", Effect.Kind.CREATE, Lane.CREATE, T0.plusSeconds(5)));
		this.outbox.schedule(write("create-early", Effect.Kind.CREATE, Lane.CREATE, T0.plusSeconds(1)));
		this.outbox.schedule(write("critical", Effect.Kind.CREATE, Lane.CRITICAL_CREATE, T0.plusSeconds(9)));
		this.outbox.schedule(write("lookup", Effect.Kind.LOOKUP, Lane.BACKGROUND, T0));
		Instant now = T0.plusSeconds(10);
		assertThat(takeId(now)).isEqualTo("critical");
		assertThat(takeId(now)).isEqualTo("create-early");
		assertThat(takeId(now)).isEqualTo("create-late");
		assertThat(takeId(now)).isEqualTo("note");
		assertThat(takeId(now)).isEqualTo("lookup");
		assertThat(this.outbox.takeDue(now)).isEmpty();
	}

	@Test
	void aWriteNotYetDueDoesNotBlockALowerLane() {
		this.outbox.schedule(write("create", Effect.Kind.CREATE, Lane.CREATE, T0.plusSeconds(60)));
		this.outbox.schedule(write("note", Effect.Kind.NOTE, Lane.NOTE, T0));
		assertThat(takeId(T0)).isEqualTo("note");
		assertThat(this.outbox.takeDue(T0)).isEmpty();
		assertThat(this.outbox.nextDue()).contains(T0.plusSeconds(60));
	}

	@Test
	void notesForTheSameTicketMergeWhileTheyWait() {
		this.outbox.schedule(write("a", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(600)));
		this.outbox.schedule(write("a", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(900)));
		this.outbox.schedule(write("a", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(700)));
		assertThat(this.outbox.size()).isEqualTo(1);
		assertThat(this.outbox.depth(Lane.NOTE)).isEqualTo(1);
		assertThat(this.outbox.nextDue()).contains(T0.plusSeconds(600));
	}

	@Test
	void aRepeatDueAtTheSameTimeKeepsItsPlaceAndCarriesTheNewerAlert() {
		this.outbox.schedule(write("a", "first", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(10)));
		this.outbox.schedule(write("b", "b", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(10)));
		this.outbox.schedule(write("a", "second", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(10)));
		assertThat(this.outbox.depth(Lane.NOTE)).isEqualTo(2);
		assertThat(takeId(T0.plusSeconds(10))).isEqualTo("second");
		assertThat(takeId(T0.plusSeconds(10))).isEqualTo("b");
		assertThat(this.outbox.size()).isZero();
	}

	@Test
	void aMergeThatChangesTheLaneMovesTheWrite() {
		this.outbox.schedule(write("a", "a", Effect.Kind.CREATE, Lane.CREATE, T0));
		this.outbox.schedule(write("a", "a", Effect.Kind.CREATE, Lane.CRITICAL_CREATE, T0));
		assertThat(this.outbox.depth(Lane.CREATE)).isZero();
		assertThat(this.outbox.depth(Lane.CRITICAL_CREATE)).isEqualTo(1);
		assertThat(this.outbox.takeDue(T0)).get().extracting(OwedWrite::lane).isEqualTo(Lane.CRITICAL_CREATE);
		assertThat(this.outbox.size()).isZero();
	}

	@Test
	void aMergeKeepsTheBackoffOfAFailedWrite() {
		OwedWrite failed = write("a", Effect.Kind.CREATE, Lane.CREATE, T0).failed(T0.plusSeconds(60), false);
		this.outbox.schedule(failed);
		this.outbox.schedule(write("a", Effect.Kind.CREATE, Lane.CREATE, T0.plusSeconds(1)));
		assertThat(this.outbox.takeDue(T0.plusSeconds(59))).isEmpty();
		assertThat(this.outbox.takeDue(T0.plusSeconds(60))).get().extracting(OwedWrite::attempts).isEqualTo(1);
	}

	@Test
	void aRejectedKeyOwesNothingAgain() {
		OwedWrite write = write("a", Effect.Kind.CREATE, Lane.CREATE, T0);
		this.outbox.schedule(write);
		this.outbox.reject(this.outbox.takeDue(T0).orElseThrow());
		assertThat(this.outbox.rejected()).isEqualTo(1);
		assertThat(this.outbox.schedule(write)).isFalse();
		assertThat(this.outbox.size()).isZero();
		assertThat(this.outbox.schedule(write("a", Effect.Kind.NOTE, Lane.NOTE, T0))).isTrue();
	}

	@Test
	void oldestIsWhenTheLongestOwedWriteOfALaneWasFirstOwed() {
		this.outbox.schedule(write("a", Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(600)));
		this.outbox.schedule(new OwedWrite(alert("b").fingerprint(), Effect.Kind.NOTE, Lane.NOTE, T0.plusSeconds(1),
				alert("b"), OptionalLong.of(7), 0, 0, T0.minus(Duration.ofMinutes(3))));
		assertThat(this.outbox.oldest(Lane.NOTE)).contains(T0.minus(Duration.ofMinutes(3)));
		assertThat(this.outbox.oldest(Lane.CREATE)).isEmpty();
	}

	@Test
	void backoffDoublesPerFailureUpToTheCap() {
		OutboxProperties properties = new OutboxProperties(100, Duration.ofSeconds(1), Duration.ofSeconds(30),
				Duration.ofMinutes(15), 3);
		assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(properties.backoff(6)).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.backoff(60)).isEqualTo(Duration.ofMinutes(15));
	}

	private String takeId(Instant now) {
		return this.outbox.takeDue(now).orElseThrow().alert().title();
	}

	private static OwedWrite write(String id, Effect.Kind kind, Lane lane, Instant due) {
		return write(id, id, kind, lane, due);
	}

	private static OwedWrite write(String id, String title, Effect.Kind kind, Lane lane, Instant due) {
		Alert alert = TestAlert.firing().withId(id).withTitle(title).build();
		return new OwedWrite(alert.fingerprint(), kind, lane, due, alert, OptionalLong.empty(), 0, 0, T0);
	}

	private static Alert alert(String id) {
		return TestAlert.firing().withId(id).withTitle(id).build();
	}

}
