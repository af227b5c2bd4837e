package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.sandbox.rate-limit-requests=5", "bridge.sandbox.rate-limit-window=30s",
				"bridge.sandbox.token-lifetime=10m" })
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SandboxClockTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private SandboxHalo halo;

	@Autowired
	private FakeClock clock;

	private SandboxCalls calls;

	@BeforeEach
	void setUp() {
		this.halo.reset();
		this.calls = new SandboxCalls(this.web);
	}

	@Test
	void sixthRequestInTheWindowIsRateLimitedUntilTheOldestRequestLeavesIt() {
		String token = this.calls.token();
		this.clock.advance(Duration.ofMillis(12_500));
		for (int i = 0; i < 4; i++) {
			this.calls.get("/sandbox/api/Status", token).expectStatus().isOk();
		}
		assertThat(this.halo.requestsInWindow()).isEqualTo(5);
		this.calls.get("/sandbox/api/Status", token)
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "18")
			.expectBody(String.class)
			.isEqualTo("\"Rate Limit Reached - 5 Requests per rolling 30 second window\"");
		this.calls.requestToken("sandbox-secret", "all", "sandbox")
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "18");
		this.clock.advance(Duration.ofMillis(17_200));
		this.calls.get("/sandbox/api/Status", token)
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "1");
		this.clock.advance(Duration.ofMillis(300));
		assertThat(this.halo.requestsInWindow()).isEqualTo(4);
		this.calls.get("/sandbox/api/Status", token).expectStatus().isOk();
		this.calls.get("/sandbox/api/Status", token)
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "13");
		this.clock.advance(Duration.ofSeconds(13));
		assertThat(this.halo.requestsInWindow()).isEqualTo(1);
		this.calls.get("/sandbox/api/Status", token).expectStatus().isOk();
	}

	@Test
	void inspectionIsNotRateLimited() {
		for (int i = 0; i < 6; i++) {
			this.web.get().uri("/sandbox/tickets").exchange().expectStatus().isOk();
		}
		assertThat(this.halo.requestsInWindow()).isZero();
	}

	@Test
	void expiredTokenIsUnauthorized() {
		String token = this.calls.token();
		this.calls.get("/sandbox/api/Status", token).expectStatus().isOk();
		this.clock.advance(Duration.ofMinutes(10));
		this.calls.get("/sandbox/api/Status", token).expectStatus().isUnauthorized();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeClockConfiguration {

		@Bean
		FakeClock fakeClock() {
			return new FakeClock();
		}

	}

	static final class FakeClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-09-01T08:00:00Z"));

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}
