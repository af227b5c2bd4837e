package dev.haloalertbridge.halo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.ShippedResilience;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A Halo client wired as the application wires it, against a WireMock Halo on loopback,
 * on a hand-moved clock and the shipped resilience policy (only its waits shortened).
 * Every API request a test sends is validated against Halo's OpenAPI document.
 */
abstract class HaloClientTestBase {

	static final Fingerprint FINGERPRINT = Fingerprint.of("generic", List.of("ACME-001", "disk-full"));

	final WireMockServer halo = WireMockHalo.start();

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final CircuitBreakerRegistry breakers = ShippedResilience.breakers();

	HaloProperties.Budget budget = new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30,
			Duration.ofSeconds(60));

	HaloClient client;

	@BeforeEach
	void connect() {
		this.client = client("/auth/", WireMockHalo.TENANT);
	}

	@AfterEach
	void stop() {
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
		this.halo.stop();
	}

	HaloClient client(String authPath, String tenant) {
		return WiredHaloClient.of(this.halo, authPath, tenant, this.budget, this.clock, this.registry, this.breakers);
	}

	static NewTicket ticket() {
		return new NewTicket(FINGERPRINT, "[HIGH] Disk full", "<p>Disk full</p>",
				new TicketRoute(12, OptionalInt.of(34), "Service Desk", 21, OptionalInt.of(2)));
	}

	static NewNote note() {
		return new NewNote(4321, "<p>Alert fired again</p>", 7, OptionalInt.empty());
	}

}
