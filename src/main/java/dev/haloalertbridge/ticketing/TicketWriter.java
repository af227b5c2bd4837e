package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.dedupe.TicketState;
import dev.haloalertbridge.halo.HaloClient;
import dev.haloalertbridge.halo.HaloRejectedException;
import dev.haloalertbridge.halo.NewNote;
import dev.haloalertbridge.halo.NewTicket;
import dev.haloalertbridge.halo.TicketRef;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.ticketing.TicketingMetrics.Stage;
import dev.haloalertbridge.ticketing.TicketingMetrics.TicketAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The three writes to Halo (open, note, resolve) and what each does to the ledger. The
 * dedupe step has already recorded what is owed; a write applies its result to the entry
 * as it is by then (repeats may have arrived meanwhile), and a failed write marks the
 * entry for a retry after the backoff: nothing accepted is dropped because Halo was down.
 * Every method completes normally; failures are logged and counted.
 */
@Component
class TicketWriter {

	private static final Logger logger = LoggerFactory.getLogger(TicketWriter.class);

	private final HaloClient halo;

	private final Ledger ledger;

	private final TicketRouter router;

	private final TicketText text;

	private final TicketingProperties properties;

	private final TicketingMetrics metrics;

	private final Clock clock;

	private final OwedWrites owed;

	TicketWriter(HaloClient halo, Ledger ledger, TicketRouter router, TicketText text, TicketingProperties properties,
			TicketingMetrics metrics, Clock clock, OwedWrites owed) {
		this.halo = halo;
		this.ledger = ledger;
		this.router = router;
		this.text = text;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
		this.owed = owed;
	}

	Mono<Void> open(LedgerEntry pending) {
		Alert alert = pending.latest();
		NewTicket ticket = new NewTicket(alert.fingerprint(), this.text.summary(alert), this.text.details(alert),
				this.router.route(alert));
		return existing(alert).doOnNext((ref) -> opened(pending, ref, TicketAction.ADOPTED))
			.switchIfEmpty(Mono.defer(() -> this.halo.createTicket(ticket))
				.doOnNext((ref) -> opened(pending, ref, TicketAction.CREATED)))
			.then()
			.onErrorResume((ex) -> failed(Stage.CREATE, pending, ex));
	}

	private Mono<TicketRef> existing(Alert alert) {
		if (!this.properties.findBeforeCreate()) {
			return Mono.empty();
		}
		return Mono.defer(() -> this.halo.findOpenTicket(alert.fingerprint()))
			.onErrorResume(HaloRejectedException.class, (ex) -> {
				// An agent that may not search tickets can still create them: a missed
				// duplicate after a restart
				// is better than no ticket at all.
				logger.warn("Ticket search refused, creating without it: fingerprint={} error={}", alert.fingerprint(),
						ex.getMessage());
				return Mono.empty();
			});
	}

	private void opened(LedgerEntry pending, TicketRef ref, TicketAction action) {
		Instant now = this.clock.instant();
		// Repeats counted while the ticket was being opened are folded into it; the entry
		// may also have been
		// forgotten meanwhile (resolved before its ticket existed), in which case the
		// ticket is remembered.
		this.ledger.update(pending.fingerprint(),
				(current) -> Optional.of(current.orElse(pending).opened(ref.id(), now)));
		this.metrics.ticket(action);
		logger.info("Ticket {}: fingerprint={} source={} ticketId={}", action.name().toLowerCase(),
				pending.fingerprint(), pending.latest().source(), ref.id());
	}

	Mono<Void> note(LedgerEntry entry) {
		long ticketId = entry.ticketId().orElseThrow();
		NewNote note = new NewNote(ticketId, this.text.repeatNote(entry), this.properties.noteOutcomeId(),
				OptionalInt.empty());
		return Mono.defer(() -> this.halo.addNote(note)).then(Mono.fromRunnable(() -> {
			Instant now = this.clock.instant();
			this.ledger.update(entry.fingerprint(),
					(current) -> current.map((e) -> e.reported(now, entry.unreported())));
			this.metrics.ticket(TicketAction.NOTED);
			logger.info("Repeats noted: fingerprint={} ticketId={} repeats={}", entry.fingerprint(), ticketId,
					entry.unreported());
		})).then().onErrorResume((ex) -> failed(Stage.NOTE, entry, ex));
	}

	Mono<Void> resolve(LedgerEntry entry, Alert resolved) {
		long ticketId = entry.ticketId().orElseThrow();
		boolean close = this.properties.closeOnResolve();
		OptionalInt status = close ? OptionalInt.of(this.properties.closedStatusId()) : OptionalInt.empty();
		NewNote note = new NewNote(ticketId, this.text.resolvedNote(entry, resolved, close),
				this.properties.noteOutcomeId(), status);
		return Mono.defer(() -> this.halo.addNote(note))
			.then(Mono.fromRunnable(() -> resolutionWritten(entry, resolved, close)))
			.then()
			.onErrorResume((ex) -> failed(Stage.RESOLVE, entry, ex));
	}

	private void resolutionWritten(LedgerEntry entry, Alert resolved, boolean close) {
		Instant now = this.clock.instant();
		Optional<LedgerEntry> next = this.ledger.update(entry.fingerprint(),
				(current) -> Optional.of(current.orElse(entry).resolutionWritten(resolved, close, now)));
		this.metrics.ticket(TicketAction.NOTED);
		if (close) {
			this.metrics.ticket(TicketAction.CLOSED);
		}
		logger.info("Resolved: fingerprint={} ticketId={} closed={}", entry.fingerprint(), entry.ticketId().orElse(0),
				close);
		if (next.map((e) -> e.state() == TicketState.PENDING).orElse(false)) {
			// It fired again while its ticket was being closed: a new ticket is owed.
			this.owed.add(entry.fingerprint());
		}
	}

	private Mono<Void> failed(Stage stage, LedgerEntry entry, Throwable ex) {
		Instant now = this.clock.instant();
		this.ledger.update(entry.fingerprint(), (current) -> current.map((e) -> e.attempted(now)));
		this.metrics.failure(stage);
		logger.warn("Halo write failed, will retry: stage={} fingerprint={} source={} error={}",
				stage.name().toLowerCase(), entry.fingerprint(), entry.latest().source(), ex.toString());
		return Mono.empty();
	}

}
