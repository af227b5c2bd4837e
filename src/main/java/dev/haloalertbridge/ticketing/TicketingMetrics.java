package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;

import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.ingest.Sources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counters of the dedupe and ticketing stages, every series registered at zero.
 */
@Component
class TicketingMetrics {

	enum TicketAction {

		CREATED, ADOPTED, NOTED, CLOSED

	}

	private final MeterRegistry registry;

	private final Timer untilCreate;

	@Autowired
	TicketingMetrics(MeterRegistry registry, Sources sources) {
		this(registry, sources.names());
	}

	TicketingMetrics(MeterRegistry registry, Collection<String> sources) {
		this.registry = registry;
		for (String source : sources) {
			for (Decision decision : Decision.values()) {
				processed(source, decision);
			}
			repeats(source);
		}
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
		processed(source, decision).increment();
		if (decision == Decision.REPEAT || decision == Decision.RETRY_CREATE) {
			repeats(source).increment();
		}
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

}
