package dev.haloalertbridge.ticketing;

import java.util.List;
import java.util.Locale;

import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.ingest.AlertAdapter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters of the dedupe and ticketing stages, every series registered at zero.
 */
@Component
class TicketingMetrics {

	enum TicketAction {

		CREATED, ADOPTED, NOTED, CLOSED

	}

	enum Stage {

		CREATE, NOTE, RESOLVE

	}

	private final MeterRegistry registry;

	TicketingMetrics(MeterRegistry registry, List<AlertAdapter> adapters) {
		this.registry = registry;
		for (AlertAdapter adapter : adapters) {
			for (Decision decision : Decision.values()) {
				processed(adapter.source(), decision);
			}
			repeats(adapter.source());
		}
		for (TicketAction action : TicketAction.values()) {
			tickets(action);
		}
		for (Stage stage : Stage.values()) {
			failures(stage);
		}
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

	void failure(Stage stage) {
		failures(stage).increment();
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

	private Counter failures(Stage stage) {
		return Counter.builder("bridge.pipeline.failures")
			.description("Halo writes that failed after retries; the sweep tries them again")
			.tag("stage", stage.name().toLowerCase(Locale.ROOT))
			.register(this.registry);
	}

}
