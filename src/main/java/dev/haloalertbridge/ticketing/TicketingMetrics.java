package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.ingest.Sources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counters of the dedupe and ticketing stages, every series registered at zero. The
 * per-alert counters of a source are built once and kept, so counting a decision is an
 * array read, not a registry lookup by tags.
 */
@Component
class TicketingMetrics {

	enum TicketAction {

		CREATED, ADOPTED, NOTED, CLOSED

	}

	private final MeterRegistry registry;

	private final Timer untilCreate;

	private final Map<String, SourceCounters> counters = new ConcurrentHashMap<>();

	@Autowired
	TicketingMetrics(MeterRegistry registry, Sources sources) {
		this(registry, sources.names());
	}

	TicketingMetrics(MeterRegistry registry, Collection<String> sources) {
		this.registry = registry;
		sources.forEach(this::of);
		for (TicketAction action : TicketAction.values()) {
			tickets(action);
		}
		for (Effect.Kind kind : Effect.Kind.values()) {
			failures(kind);
			rejections(kind);
		}
		lookups(true);
		lookups(false);
		this.untilCreate = Timer.builder("bridge.alerts.create.delay")
			.description("From an alert's receipt to its create request leaving for Halo (the outbox wait, the call"
					+ " budget, the search before creating)")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
	}

	void decided(String source, Decision decision) {
		SourceCounters counters = of(source);
		counters.processed[decision.ordinal()].increment();
		if (decision == Decision.REPEAT || decision == Decision.RETRY_CREATE) {
			counters.repeats.increment();
		}
	}

	private SourceCounters of(String source) {
		SourceCounters known = this.counters.get(source);
		return (known != null) ? known : this.counters.computeIfAbsent(source, this::register);
	}

	private SourceCounters register(String source) {
		Decision[] decisions = Decision.values();
		Counter[] processed = new Counter[decisions.length];
		for (Decision decision : decisions) {
			processed[decision.ordinal()] = processed(source, decision);
		}
		return new SourceCounters(processed, repeats(source));
	}

	void ticket(TicketAction action) {
		tickets(action).increment();
	}

	void failure(Effect.Kind kind) {
		failures(kind).increment();
	}

	void rejected(Effect.Kind kind) {
		rejections(kind).increment();
	}

	void lookup(boolean found) {
		lookups(found).increment();
	}

	/**
	 * How long an alert waited, from its receipt to its create request leaving for Halo.
	 * @param waited the time
	 */
	void untilCreate(Duration waited) {
		this.untilCreate.record(waited);
	}

	private Counter processed(String source, Decision decision) {
		return Counter.builder("bridge.alerts.processed")
			.description("Alerts through the dedupe stage, by source and decision")
			.tag("source", source)
			.tag("decision", decision.tag())
			.register(this.registry);
	}

	private Counter repeats(String source) {
		return Counter.builder("bridge.dedupe.repeats")
			.description("Alerts folded into an existing fingerprint instead of a new ticket")
			.tag("source", source)
			.register(this.registry);
	}

	private Counter tickets(TicketAction action) {
		return Counter.builder("bridge.tickets")
			.description("Ticket writes: created, adopted (found in Halo), noted, closed")
			.tag("action", action.name().toLowerCase(Locale.ROOT))
			.register(this.registry);
	}

	private Counter failures(Effect.Kind kind) {
		return Counter.builder("bridge.pipeline.failures")
			.description("Owed Halo writes that failed; the outbox tries them again after a backoff")
			.tag("stage", kind.tag())
			.register(this.registry);
	}

	private Counter rejections(Effect.Kind kind) {
		return Counter.builder("bridge.writes.rejected")
			.description("Owed Halo writes Halo refused for good, set aside as rejected")
			.tag("kind", kind.tag())
			.register(this.registry);
	}

	private Counter lookups(boolean found) {
		return Counter.builder("bridge.resolve.lookups")
			.description("Resolved alerts the bridge had forgotten, looked up in Halo by fingerprint")
			.tag("result", found ? "found" : "not_found")
			.register(this.registry);
	}

	private record SourceCounters(Counter[] processed, Counter repeats) {

	}

}
