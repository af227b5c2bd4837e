package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.DedupePolicy;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.dedupe.SweepAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * One alert through dedupe to its ticket write, and the periodic sweep that writes
 * coalesced notes and retries owed writes. Both run on the single worker, one at a time,
 * so no two writes race on a fingerprint.
 */
@Component
class AlertPipeline {

	private static final Logger logger = LoggerFactory.getLogger(AlertPipeline.class);

	private final Ledger ledger;

	private final TicketWriter writer;

	private final TicketingMetrics metrics;

	private final DedupePolicy.Timings timings;

	private final Clock clock;

	AlertPipeline(Ledger ledger, TicketWriter writer, TicketingMetrics metrics, DedupeProperties dedupe, Clock clock) {
		this.ledger = ledger;
		this.writer = writer;
		this.metrics = metrics;
		this.timings = new DedupePolicy.Timings(dedupe.coalesceInterval(), dedupe.retryBackoff());
		this.clock = clock;
	}

	Mono<Void> handle(Alert alert) {
		Optional<LedgerEntry> known = this.ledger.find(alert.fingerprint());
		Decision decision = DedupePolicy.decide(known, alert);
		this.metrics.decided(alert.source(), decision);
		logger.debug("Alert decided: fingerprint={} source={} decision={}", alert.fingerprint(), alert.source(),
				decision.tag());
		return switch (decision) {
			case NEW -> this.writer.open(LedgerEntry.pending(alert));
			case RETRY_CREATE -> this.writer.open(known.orElseThrow().repeated(alert));
			case REPEAT -> remember(known.orElseThrow().repeated(alert));
			case RESOLVED -> this.writer.resolve(known.orElseThrow(), alert);
			case RESOLVED_UNKNOWN -> forget(alert);
			case RESOLVED_AGAIN -> Mono.empty();
		};
	}

	Mono<Void> sweep() {
		Instant now = this.clock.instant();
		return Flux.fromIterable(this.ledger.snapshot()).concatMap((entry) -> sweep(entry, now)).then();
	}

	private Mono<Void> sweep(LedgerEntry entry, Instant now) {
		SweepAction action = DedupePolicy.sweep(entry, now, this.timings);
		return switch (action) {
			case NONE -> Mono.empty();
			case NOTE -> this.writer.note(entry);
			case RETRY_CREATE -> this.writer.open(entry);
			case RETRY_RESOLVE -> this.writer.resolve(entry, entry.latest());
		};
	}

	private Mono<Void> remember(LedgerEntry entry) {
		this.ledger.put(entry);
		return Mono.empty();
	}

	private Mono<Void> forget(Alert alert) {
		// Resolved before any ticket existed (or after the ledger forgot it): nothing in
		// Halo to update.
		this.ledger.remove(alert.fingerprint());
		logger.info("Resolved alert with no known ticket ignored: fingerprint={} source={}", alert.fingerprint(),
				alert.source());
		return Mono.empty();
	}

}
