package dev.haloalertbridge.halo;

import java.time.Duration;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Latency and outcome of every Halo request, how often one was retried, and the call
 * budget: what is left, what it held back, and Halo's 429s.
 */
@Component
class HaloMetrics {

	/**
	 * The latency buckets of Halo requests: enough for a p95 and for "slower than 1s"
	 * alerts, where Micrometer's percentile histogram would publish 69 buckets per
	 * operation and status.
	 */
	static final Duration[] SERVICE_LEVELS = { Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
			Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
			Duration.ofSeconds(10), Duration.ofSeconds(20) };

	private final MeterRegistry registry;

	private final Counter rateLimited;

	private final Counter pauses;

	HaloMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (HaloOperation operation : HaloOperation.values()) {
			retries(operation);
		}
		for (Lane lane : Lane.values()) {
			deferrals(lane);
		}
		this.rateLimited = Counter.builder("bridge.halo.rate.limited")
			.description("429 answers from Halo")
			.register(registry);
		this.pauses = Counter.builder("bridge.halo.pauses")
			.description("Pauses of every Halo call after a 429")
			.register(registry);
	}

	void request(HaloOperation operation, String status, Duration elapsed) {
		Timer.builder("bridge.halo.requests")
			.description("HaloPSA requests by operation and status")
			.tag("operation", operation.tag())
			.tag("status", status)
			.serviceLevelObjectives(SERVICE_LEVELS)
			.register(this.registry)
			.record(elapsed);
	}

	void retry(HaloOperation operation) {
		retries(operation).increment();
	}

	private Counter retries(HaloOperation operation) {
		return Counter.builder("bridge.halo.retries")
			.description("HaloPSA calls attempted again after a transient failure")
			.tag("operation", operation.tag())
			.register(this.registry);
	}

	void budget(int limit, IntSupplier remaining) {
		Gauge.builder("bridge.halo.budget.limit", () -> limit)
			.description("Halo calls the bridge allows itself per rolling window, after the safety margin")
			.register(this.registry);
		Gauge.builder("bridge.halo.budget.remaining", remaining::getAsInt)
			.description("Halo calls left in the rolling window now; 0 while paused after a 429")
			.register(this.registry);
	}

	void deferred(Lane lane) {
		deferrals(lane).increment();
	}

	void rateLimited(boolean pauseStarted) {
		this.rateLimited.increment();
		if (pauseStarted) {
			this.pauses.increment();
		}
	}

	private Counter deferrals(Lane lane) {
		return Counter.builder("bridge.halo.deferred")
			.description("Halo calls held back because the call budget was spent or paused")
			.tag("lane", lane.tag())
			.register(this.registry);
	}

	static String statusTag(int status) {
		if (status == 401 || status == 404 || status == 429) {
			return Integer.toString(status);
		}
		return (status / 100) + "xx";
	}

}
