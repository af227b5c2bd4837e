package dev.haloalertbridge.halo;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The one gate every Halo call passes, through the client: the shipped retry policy (I/O
 * and 5xx only), a 429 pausing every lane, the call budget holding calls back, and the
 * shipped circuit breaker.
 */
class HaloGateTests extends HaloClientTestBase {

	@Test
	void serverErrorsAreRetriedAsTheShippedPolicySays() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"ClassName\":\"System.Exception\",\"Message\":\"x\"}"))
			.willSetStateTo("again"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs("again")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ok"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":3}")));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
		assertThat(this.registry.get("bridge.halo.retries").tag("operation", "add_note").counter().count())
			.isEqualTo(2);
	}

	@Test
	void serverErrorsBeyondTheShippedAttemptsFailAsTransient() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(502)));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloTransientException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
	}

	@Test
	void rateLimitIsNotRetriedAndPausesEveryLaneForRetryAfter() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "42")
			.withBody("\"Rate Limit Reached - 300 Requests per rolling 5 minute window\"")));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block()).isInstanceOfSatisfying(
				HaloDeferredException.class,
				(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plusSeconds(42)));
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(1);
		assertThat(this.registry.get("bridge.halo.rate.limited").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("bridge.halo.pauses").counter().count()).isEqualTo(1);

		// Paused: a create, however urgent, is not even sent.
		assertThatThrownBy(() -> this.client.createTicket(ticket(), Lane.CRITICAL_CREATE).block())
			.isInstanceOf(HaloDeferredException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Tickets")).isZero();
		assertThat(this.registry.get("bridge.halo.budget.remaining").gauge().value()).isZero();

		this.clock.advance(Duration.ofSeconds(42));
		assertThat(this.client.createTicket(ticket(), Lane.CRITICAL_CREATE).block()).isEqualTo(new TicketRef(4321));
	}

	@Test
	void rateLimitWithoutRetryAfterPausesForTheConfiguredPause() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(429)));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block()).isInstanceOfSatisfying(
				HaloDeferredException.class,
				(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plusSeconds(60)));
	}

	@Test
	void spentBudgetHoldsCallsBackWithoutSendingThemAndTokenCallsCount() {
		this.budget = new HaloProperties.Budget(4, Duration.ofMinutes(5), 1, 1, Duration.ofSeconds(60));
		this.client = client("/auth/", WireMockHalo.TENANT);
		this.client.addNote(note(), Lane.NOTE).block();
		// the token and one note spent 2 of the 3 usable calls; lookups keep off the last
		// one
		assertThatThrownBy(() -> this.client.findOpenTicket(FINGERPRINT, Lane.BACKGROUND).block())
			.isInstanceOfSatisfying(HaloDeferredException.class,
					(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5))));
		this.client.addNote(note(), Lane.RESOLVE).block();
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloDeferredException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(2);
		assertThat(WireMockHalo.count(this.halo, "GET", "/api/Tickets")).isZero();
		assertThat(this.registry.get("bridge.halo.deferred").tag("lane", "background").counter().count()).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(5));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
	}

	@Test
	void openCircuitStopsCallingHaloAfterTheShippedFailureRate() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(503)));
		Throwable last = null;
		for (int call = 0; call < 10 && !(last instanceof CallNotPermittedException); call++) {
			last = catchThrowable(() -> this.client.addNote(note(), Lane.NOTE).block());
		}
		assertThat(last).isInstanceOf(CallNotPermittedException.class);
		int calls = WireMockHalo.count(this.halo, "POST", "/api/Actions");
		// the shipped breaker opens once 10 attempts were recorded and half of them
		// failed
		assertThat(calls).isEqualTo(10);
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(CallNotPermittedException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(calls);
	}

	@Test
	void rejectionsDoNotOpenTheCircuit() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(400)));
		for (int call = 0; call < 12; call++) {
			assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
				.isInstanceOf(HaloRejectedException.class);
		}
		assertThat(this.breakers.circuitBreaker("halo").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

}
