package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.util.OptionalInt;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
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
 * ledger is updated before a write is attempted and again after it, so a failed write
 * leaves an entry the sweep will retry: nothing accepted is dropped because Halo was
 * down. Every method completes normally; failures are logged and counted.
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

	TicketWriter(HaloClient halo, Ledger ledger, TicketRouter router, TicketText text, TicketingProperties properties,
			TicketingMetrics metrics, Clock clock) {
		this.halo = halo;
		this.ledger = ledger;
		this.router = router;
		this.text = text;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	Mono<Void> open(LedgerEntry pending) {
		this.ledger.put(pending);
		Alert alert = pending.latest();
		NewTicket ticket = new NewTicket(alert.fingerprint(), this.text.summary(alert), this.text.details(alert),
				this.router.route(alert));
		Mono<TicketRef> existing = this.properties.findBeforeCreate()
				? Mono.defer(() -> this.halo.findOpenTicket(alert.fingerprint()))
					.onErrorResume(HaloRejectedException.class, (ex) -> {
						// An agent that may not search tickets can still create them: a
						// missed duplicate after a
						// restart is better than no ticket at all.
						logger.warn("Ticket search refused, creating without it: fingerprint={} error={}",
								alert.fingerprint(), ex.getMessage());
						return Mono.empty();
					})
				: Mono.empty();
		return existing.doOnNext((ref) -> opened(pending, ref, TicketAction.ADOPTED))
			.switchIfEmpty(Mono.defer(() -> this.halo.createTicket(ticket))
				.doOnNext((ref) -> opened(pending, ref, TicketAction.CREATED)))
			.then()
			.onErrorResume((ex) -> failed(Stage.CREATE, pending, pending.attempted(this.clock.instant()), ex));
	}

	private void opened(LedgerEntry pending, TicketRef ref, TicketAction action) {
		this.ledger.put(pending.opened(ref.id(), this.clock.instant()));
		this.metrics.ticket(action);
		logger.info("Ticket {}: fingerprint={} source={} ticketId={}", action.name().toLowerCase(),
				pending.fingerprint(), pending.latest().source(), ref.id());
	}

	Mono<Void> note(LedgerEntry entry) {
		long ticketId = entry.ticketId().orElseThrow();
		NewNote note = new NewNote(ticketId, this.text.repeatNote(entry), this.properties.noteOutcomeId(),
				OptionalInt.empty());
		return Mono.defer(() -> this.halo.addNote(note)).then(Mono.fromRunnable(() -> {
			this.ledger.put(entry.reported(this.clock.instant()));
			this.metrics.ticket(TicketAction.NOTED);
			logger.info("Repeats noted: fingerprint={} ticketId={} repeats={}", entry.fingerprint(), ticketId,
					entry.unreported());
		})).then().onErrorResume((ex) -> failed(Stage.NOTE, entry, entry.attempted(this.clock.instant()), ex));
	}

	Mono<Void> resolve(LedgerEntry entry, Alert resolved) {
		long ticketId = entry.ticketId().orElseThrow();
		boolean close = this.properties.closeOnResolve();
		OptionalInt status = close ? OptionalInt.of(this.properties.closedStatusId()) : OptionalInt.empty();
		NewNote note = new NewNote(ticketId, this.text.resolvedNote(entry, resolved, close),
				this.properties.noteOutcomeId(), status);
		return Mono.defer(() -> this.halo.addNote(note)).then(Mono.fromRunnable(() -> {
			this.ledger.put(entry.resolved(resolved, close));
			this.metrics.ticket(TicketAction.NOTED);
			if (close) {
				this.metrics.ticket(TicketAction.CLOSED);
			}
			logger.info("Resolved: fingerprint={} ticketId={} closed={}", entry.fingerprint(), ticketId, close);
		}))
			.then()
			.onErrorResume((ex) -> failed(Stage.RESOLVE, entry, entry.resolveOwed(resolved, this.clock.instant()), ex));
	}

	private Mono<Void> failed(Stage stage, LedgerEntry entry, LedgerEntry owed, Throwable ex) {
		this.ledger.put(owed);
		this.metrics.failure(stage);
		logger.warn("Halo write failed, will retry: stage={} fingerprint={} source={} error={}",
				stage.name().toLowerCase(), entry.fingerprint(), entry.latest().source(), ex.toString());
		return Mono.empty();
	}

}
