package dev.haloalertbridge.ingest.syslog;

import dev.haloalertbridge.support.AddressRange;
import java.time.Duration;
import java.time.Instant;

import dev.haloalertbridge.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-08T14:30:00Z"));

	private final LogThrottle throttle = new LogThrottle(this.clock, Duration.ofMinutes(1));

	@Test
	void oneLinePerSenderPerMinute() {
		assertThat(this.throttle.mayLog(AddressRange.literal("192.0.2.1"))).isTrue();
		assertThat(this.throttle.mayLog(AddressRange.literal("192.0.2.1"))).isFalse();
		assertThat(this.throttle.mayLog(AddressRange.literal("192.0.2.2"))).isTrue();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.throttle.mayLog(AddressRange.literal("192.0.2.1"))).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.mayLog(AddressRange.literal("192.0.2.1"))).isTrue();
	}

}
