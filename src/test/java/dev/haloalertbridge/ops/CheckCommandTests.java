package dev.haloalertbridge.ops;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.halo.HaloFailures;
import dev.haloalertbridge.halo.HaloOperation;
import dev.haloalertbridge.halo.HaloProperties;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.testsupport.FakeHalo;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.ticketing.TicketingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-shot command's output and exit code, and the health component's status and
 * cache.
 */
class CheckCommandTests {

	private final FakeHalo halo = new FakeHalo();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private ConnectionCheck check;

	@BeforeEach
	void seed() {
		this.halo.answer(Lookup.TEAMS, List.of(new HaloRecord(4, "Service Desk")));
		this.halo.answer(Lookup.TICKET_TYPES, List.of(new HaloRecord(21, "Alert")));
		this.halo.answer(Lookup.STATUSES, List.of(new HaloRecord(9, "Closed")));
		this.halo.answer(Lookup.OUTCOMES, List.of(new HaloRecord(7, "Internal Note")));
		this.check = new ConnectionCheck(this.halo,
				new MappingProperties(
						new MappingProperties.Defaults(12, null, "Service Desk", 21, Map.of()), List.of()),
				new TicketingProperties(true, 9, 7, true, 200, 4000, Duration.ofSeconds(20)),
				new HaloProperties("id", "s3cret-never-shown", "https://acme.halopsa.com/api",
						"https://acme.halopsa.com/auth/", "acme", "all", Duration.ofSeconds(5), Duration.ofSeconds(20),
						Duration.ofSeconds(60),
						new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30, Duration.ofSeconds(60))));
	}

	@Test
	void goodConfigurationPrintsTheChecklistAndExitsZero() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = command().printAndScore(new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("[ok]   token: signed in as")
			.contains("[ok]   teams:")
			.contains("All checks passed.");
	}

	@Test
	void badConfigurationExitsOneWithoutShowingTheSecret() {
		this.halo.failNext(HaloFailures.rejected(HaloOperation.TOKEN, 401, "invalid_client"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = command().printAndScore(new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("[FAIL] token: Halo refused the Client ID")
			.contains("[skip] teams")
			.contains("Some checks failed")
			.doesNotContain("s3cret-never-shown");
	}

	@Test
	void healthIsDownWhenACheckFailsAndReusesItsChecklistForTheInterval() {
		HaloHealthIndicator indicator = new HaloHealthIndicator(this.check, this.clock,
				new CheckProperties(false, Duration.ofMinutes(5)));
		this.halo.answer(Lookup.TICKET_TYPES, List.of());
		Health health = indicator.health().block();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("ticket types").toString())
			.startsWith("failed: no active ticket type with id 21");
		int calls = this.halo.calls().size();

		this.halo.answer(Lookup.TICKET_TYPES, List.of(new HaloRecord(21, "Alert")));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.halo.calls()).hasSize(calls);

		this.clock.advance(Duration.ofMinutes(5));
		assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
	}

	private CheckCommand command() {
		return new CheckCommand(this.check, new CheckProperties(false, Duration.ofMinutes(5)), null);
	}

}
