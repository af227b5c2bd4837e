package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Duration;

import dev.haloalertbridge.halo.Lane;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Direct mode's outbox, in memory, with its gauges: depth and oldest age per lane,
 * capacity, and the writes set aside as rejected.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	Outbox outbox(OutboxProperties properties, MeterRegistry registry, Clock clock) {
		MemoryOutbox outbox = new MemoryOutbox();
		for (Lane lane : Lane.values()) {
			Gauge.builder("bridge.outbox.depth", () -> outbox.depth(lane))
				.description("Halo writes owed, by lane")
				.tag("lane", lane.tag())
				.register(registry);
			Gauge
				.builder("bridge.outbox.oldest.age",
						() -> outbox.oldest(lane)
							.map((since) -> Duration.between(since, clock.instant()).toMillis() / 1000.0)
							.orElse(0.0))
				.description("How long the longest-owed write of a lane has been owed")
				.baseUnit("seconds")
				.tag("lane", lane.tag())
				.register(registry);
		}
		Gauge.builder("bridge.outbox.capacity", properties::capacity)
			.description("Owed Halo writes the outbox takes before webhooks answer 503")
			.register(registry);
		Gauge.builder("bridge.outbox.rejected", outbox::rejected)
			.description("Writes Halo refused for good, set aside")
			.register(registry);
		return outbox;
	}

}
