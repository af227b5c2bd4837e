package dev.haloalertbridge.ingest;

import java.util.Collection;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters of the ingest stage. Tags come only from configured source names and enums,
 * and every combination is registered at zero so dashboards and alerts see a series
 * before the first event.
 */
@Component
class IngestMetrics {

	static final String UNKNOWN_SOURCE = "unknown";

	private final MeterRegistry registry;

	IngestMetrics(MeterRegistry registry, Sources sources) {
		this.registry = registry;
		sources.names().forEach(this::registerAtZero);
		registerAtZero(UNKNOWN_SOURCE);
	}

	private void registerAtZero(String source) {
		for (IngestOutcome outcome : IngestOutcome.values()) {
			requests(source, outcome);
		}
		for (AlertState state : AlertState.values()) {
			received(source, state);
		}
	}

	void request(String source, IngestOutcome outcome) {
		requests(source, outcome).increment();
	}

	void received(Collection<Alert> alerts) {
		alerts.forEach((alert) -> received(alert.source(), alert.state()).increment());
	}

	private Counter requests(String source, IngestOutcome outcome) {
		return Counter.builder("bridge.webhook.requests")
			.description("Webhook requests by source and outcome")
			.tag("source", source)
			.tag("outcome", outcome.tag())
			.register(this.registry);
	}

	private Counter received(String source, AlertState state) {
		return Counter.builder("bridge.alerts.received")
			.description("Alerts accepted into the queue, by source and state")
			.tag("source", source)
			.tag("state", state.tag())
			.register(this.registry);
	}

}
