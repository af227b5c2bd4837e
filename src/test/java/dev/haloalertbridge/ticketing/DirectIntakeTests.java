package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.TestAlert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's admission: a whole message or none of it.
 */
class DirectIntakeTests {

	private final MapLedger ledger = new MapLedger();

	private final MemoryOutbox outbox = new MemoryOutbox();

	@Test
	void fullOutboxRefusesAWholeMessage() {
		MappingProperties mapping = new MappingProperties(
				new MappingProperties.Defaults(12, null, "Service Desk", 21, Map.of()), List.of());
		DirectIntake intake = new DirectIntake(this.ledger, new OwedWork(this.outbox), this.outbox,
				new TicketingMetrics(new SimpleMeterRegistry(), List.of()), new MutableClock(TestAlert.T0),
				new DedupeProperties(Duration.ofMinutes(10), Duration.ofDays(7), 1000),
				new OutboxProperties(2, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15), 3),
				new TicketRouter(mapping),
				new UnmappedAlerts(new SimpleMeterRegistry(), List.of(), MappingProperties.Unmapped.DEFAULT_CLIENT));
		intake.open();
		assertThat(intake.admit(List.of(alert("a"), alert("b"), alert("c"))).block())
			.isEqualTo(DirectIntake.Admission.FULL);
		assertThat(this.ledger.size()).isZero();
		intake.close();
		assertThat(intake.admit(List.of(alert("a"))).block()).isEqualTo(DirectIntake.Admission.CLOSED);
	}

	private static Alert alert(String id) {
		return TestAlert.firing().withId(id).withTitle(id).build();
	}

}
