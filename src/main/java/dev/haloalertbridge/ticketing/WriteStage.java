package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;

import dev.haloalertbridge.dedupe.DedupePolicy;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The Halo half of the pipeline: for each fingerprint marked by the dedupe step, and for
 * every entry on the periodic sweep, asks the ledger what it is owed now (create, note,
 * resolve, or nothing) and writes it. Writes run one at a time: Halo assigns ticket
 * numbers racily under concurrent creates.
 */
@Component
class WriteStage {

	private final Ledger ledger;

	private final OwedWrites owed;

	private final TicketWriter writer;

	private final DedupePolicy.Timings timings;

	private final Clock clock;

	WriteStage(Ledger ledger, OwedWrites owed, TicketWriter writer, DedupeProperties dedupe, Clock clock) {
		this.ledger = ledger;
		this.owed = owed;
		this.writer = writer;
		this.timings = new DedupePolicy.Timings(dedupe.coalesceInterval(), dedupe.retryBackoff());
		this.clock = clock;
	}

	/**
	 * Writes what the fingerprints marked so far are owed. Fingerprints marked meanwhile
	 * come with a new wake-up from the dedupe step, or are found by the next sweep.
	 * @return completes when done
	 */
	Mono<Void> writeOwed() {
		return Flux.defer(() -> Flux.fromIterable(this.owed.takeAll()))
			.concatMap((fingerprint) -> Mono.justOrEmpty(this.ledger.find(fingerprint)).flatMap(this::write))
			.then();
	}

	Mono<Void> sweep() {
		return Flux.defer(() -> Flux.fromIterable(this.ledger.snapshot())).concatMap(this::write).then();
	}

	private Mono<Void> write(LedgerEntry entry) {
		Instant now = this.clock.instant();
		return switch (DedupePolicy.sweep(entry, now, this.timings)) {
			case NONE -> Mono.empty();
			case CREATE -> this.writer.open(entry);
			case NOTE -> this.writer.note(entry);
			case RESOLVE -> this.writer.resolve(entry, entry.latest());
		};
	}

	boolean idle() {
		return this.owed.isEmpty();
	}

}
