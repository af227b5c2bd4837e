package dev.haloalertbridge.ingest;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Counters and the webhook timer of the ingest stage. Tags come only from configured
 * source names and enums, and every combination is registered at zero so dashboards and
 * alerts see a series before the first event. The counters of a source are built once and
 * kept, so counting an alert on the hot path is an array read, not a registry lookup by
 * tags.
 */
@Component
class IngestMetrics {

	static final String UNKNOWN_SOURCE = "unknown";

	// The webhook answer's buckets: a 202 takes about a millisecond, a slow sender's body
	// up to the request timeout.
	private static final Duration[] DURATION_BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5),
			Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
			Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(10) };

	private final MeterRegistry registry;

	private final Map<String, SourceCounters> counters = new ConcurrentHashMap<>();

	IngestMetrics(MeterRegistry registry, Sources sources) {
		this.registry = registry;
		sources.names().forEach(this::of);
		of(UNKNOWN_SOURCE);
	}

	void request(String source, IngestOutcome outcome) {
		of(source).requests[outcome.ordinal()].increment();
	}

	/**
	 * Times a webhook from the route taking it to its answer being ready.
	 * @param source the source tag: a configured source, or {@code unknown}
	 * @param nanos how long it took
	 */
	void answered(String source, long nanos) {
		of(source).duration.record(nanos, TimeUnit.NANOSECONDS);
	}

	void received(Collection<Alert> alerts) {
		for (Alert alert : alerts) {
			of(alert.source()).received[alert.state().ordinal()].increment();
		}
	}

	private SourceCounters of(String source) {
		SourceCounters known = this.counters.get(source);
		return (known != null) ? known : this.counters.computeIfAbsent(source, this::register);
	}

	private SourceCounters register(String source) {
		IngestOutcome[] outcomes = IngestOutcome.values();
		Counter[] requests = new Counter[outcomes.length];
		for (IngestOutcome outcome : outcomes) {
			requests[outcome.ordinal()] = requests(source, outcome);
		}
		AlertState[] states = AlertState.values();
		Counter[] received = new Counter[states.length];
		for (AlertState state : states) {
			received[state.ordinal()] = received(source, state);
		}
		return new SourceCounters(requests, received, duration(source));
	}

	private Timer duration(String source) {
		return Timer.builder("bridge.webhook.duration")
			.description("Time from the webhook route taking a request to its answer being ready, by source")
			.tag("source", source)
			.serviceLevelObjectives(DURATION_BUCKETS)
			.register(this.registry);
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

	private record SourceCounters(Counter[] requests, Counter[] received, Timer duration) {

	}

}
