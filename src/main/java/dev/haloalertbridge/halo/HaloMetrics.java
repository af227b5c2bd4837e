package dev.haloalertbridge.halo;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Latency and outcome of every Halo request, and how often one was retried.
 */
@Component
class HaloMetrics {

	private final MeterRegistry registry;

	HaloMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (HaloOperation operation : HaloOperation.values()) {
			retries(operation);
		}
	}

	void request(HaloOperation operation, String status, Duration elapsed) {
		Timer.builder("bridge.halo.requests")
			.description("HaloPSA requests by operation and status")
			.tag("operation", operation.tag())
			.tag("status", status)
			.publishPercentileHistogram()
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

	static String statusTag(int status) {
		if (status == 401 || status == 404 || status == 429) {
			return Integer.toString(status);
		}
		return (status / 100) + "xx";
	}

}
