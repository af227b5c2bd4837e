package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.dedupe.Lifecycle;
import dev.haloalertbridge.dedupe.TicketState;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloRejectedException;
import dev.haloalertbridge.halo.NewNote;
import dev.haloalertbridge.halo.NewTicket;
import dev.haloalertbridge.halo.TicketRef;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.mapping.TicketTarget;
import dev.haloalertbridge.ticketing.TicketingMetrics.TicketAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The executor of owed writes, and the one place that writes Halo's answers back into the
 * ledger. Before a write it checks against the ledger that the write is still owed (the
 * alert may have resolved, or a note been merged away); after it, it applies the result
 * to the entry as it is by then and owes whatever follows ({@link Lifecycle#owed}).
 * Failures go to {@link WriteFailures}. Every method completes normally.
 */
@Component
class TicketWriter {

	private static final Logger logger = LoggerFactory.getLogger(TicketWriter.class);

	private final HaloApi halo;

	private final Ledger ledger;

	private final TicketRouter router;

	private final RouteResolver resolver;

	private final TicketText text;

	private final TicketingProperties properties;

	private final TicketingMetrics metrics;

	private final Clock clock;

	private final OwedWork owed;

	private final WriteFailures failures;

	private final Lifecycle.Policy policy;

	TicketWriter(HaloApi halo, Ledger ledger, TicketRouter router, RouteResolver resolver, TicketText text,
			TicketingProperties properties, DedupeProperties dedupe, TicketingMetrics metrics, Clock clock,
			OwedWork owed, WriteFailures failures) {
		this.halo = halo;
		this.ledger = ledger;
		this.router = router;
		this.resolver = resolver;
		this.text = text;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
		this.owed = owed;
		this.failures = failures;
		this.policy = new Lifecycle.Policy(dedupe.coalesceInterval());
	}

	/**
	 * Does one owed write, if it is still owed.
	 * @param write the write taken from the outbox
	 * @return what became of it
	 */
	Mono<WriteFailures.Result> write(OwedWrite write) {
		Instant now = this.clock.instant();
		Optional<LedgerEntry> entry = this.ledger.find(write.fingerprint());
		if (entry.isPresent()) {
			Optional<Effect> owed = Lifecycle.owed(entry.get(), this.policy, now)
				.stream()
				.filter((effect) -> effect.kind() == write.kind())
				.findFirst();
			if (owed.isEmpty()) {
				return Mono.just(WriteFailures.Result.SKIPPED);
			}
			if (owed.get().due().isAfter(now)) {
				this.owed.owe(entry.get(), owed.stream().toList(), now);
				return Mono.just(WriteFailures.Result.SKIPPED);
			}
		}
		else if (write.kind() == Effect.Kind.NOTE) {
			// The count went with the entry; nothing is left to say.
			return Mono.just(WriteFailures.Result.SKIPPED);
		}
		Mono<Void> call = switch (write.kind()) {
			case CREATE -> open(write, entry);
			case NOTE -> note(write, entry.orElseThrow());
			case RESOLVE -> resolve(write, entry);
			case LOOKUP -> lookup(write);
		};
		return call.thenReturn(WriteFailures.Result.WRITTEN)
			.onErrorResume((ex) -> Mono.just(this.failures.failed(write, ex)));
	}

	private Mono<Void> open(OwedWrite write, Optional<LedgerEntry> entry) {
		Alert alert = entry.map(LedgerEntry::latest).orElse(write.alert());
		Optional<TicketTarget> target = this.router.route(alert).target();
		if (target.isEmpty()) {
			// The intake turns unmapped alerts away when they are rejected; this one was
			// owed under an earlier mapping.
			logger.warn("No rule routes this alert and unmapped alerts are rejected; no ticket: fingerprint={}",
					alert.fingerprint());
			return Mono.fromRunnable(() -> this.ledger.update(alert.fingerprint(), (current) -> Optional.empty()));
		}
		return existing(write).doOnNext((ref) -> opened(alert, ref, TicketAction.ADOPTED))
			.switchIfEmpty(Mono.defer(() -> this.resolver.resolve(target.get()))
				.map((route) -> new NewTicket(alert.fingerprint(), this.text.summary(alert), this.text.details(alert),
						route))
				.flatMap((ticket) -> {
					this.metrics.untilCreate(Duration.between(write.since(), this.clock.instant()));
					return this.halo.createTicket(ticket, write.lane());
				})
				.doOnNext((ref) -> opened(alert, ref, TicketAction.CREATED)))
			.then();
	}

	private Mono<TicketRef> existing(OwedWrite write) {
		if (!this.properties.findBeforeCreate()) {
			return Mono.empty();
		}
		return Mono.defer(() -> this.halo.findOpenTicket(write.fingerprint(), write.lane()))
			.onErrorResume(HaloRejectedException.class, (ex) -> {
				// An agent that may not search tickets can still create them: a missed
				// duplicate after a restart is better than no ticket at all.
				logger.warn("Ticket search refused, creating without it: fingerprint={} error={}", write.fingerprint(),
						ex.getMessage());
				return Mono.empty();
			});
	}

	private void opened(Alert alert, TicketRef ref, TicketAction action) {
		Instant now = this.clock.instant();
		// Repeats counted while the ticket was being opened are folded into it; a
		// resolution that arrived meanwhile is owed next, and closes what was opened.
		settle(alert.fingerprint(),
				(current) -> Optional.of(current.filter((e) -> !e.state().hasTicket())
					.orElseGet(() -> LedgerEntry.pending(alert))
					.opened(ref.id(), now)));
		this.metrics.ticket(action);
		logger.info("Ticket {}: fingerprint={} source={} ticketId={}", action.name().toLowerCase(), alert.fingerprint(),
				alert.source(), ref.id());
	}

	private Mono<Void> note(OwedWrite write, LedgerEntry entry) {
		long ticketId = entry.ticketId().orElseThrow();
		NewNote note = new NewNote(ticketId, this.text.repeatNote(entry), this.properties.noteOutcomeId(),
				OptionalInt.empty());
		return Mono.defer(() -> this.halo.addNote(note, write.lane())).then(Mono.fromRunnable(() -> {
			Instant now = this.clock.instant();
			settle(entry.fingerprint(), (current) -> current.map((e) -> e.reported(now, entry.unreported())));
			this.metrics.ticket(TicketAction.NOTED);
			logger.info("Repeats noted: fingerprint={} ticketId={} repeats={}", entry.fingerprint(), ticketId,
					entry.unreported());
		}));
	}

	private Mono<Void> resolve(OwedWrite write, Optional<LedgerEntry> known) {
		// Forgotten since it was owed: the write carries the ticket and the alert.
		LedgerEntry entry = known.orElseGet(
				() -> LedgerEntry.searching(write.alert()).opened(write.ticketId().orElseThrow(), write.since()));
		Alert resolved = entry.latest();
		long ticketId = entry.ticketId().orElseThrow();
		boolean close = this.properties.closeOnResolve();
		OptionalInt status = close ? OptionalInt.of(this.properties.closedStatusId()) : OptionalInt.empty();
		NewNote note = new NewNote(ticketId, this.text.resolvedNote(entry, resolved, close),
				this.properties.noteOutcomeId(), status);
		return Mono.defer(() -> this.halo.addNote(note, write.lane())).then(Mono.fromRunnable(() -> {
			Instant now = this.clock.instant();
			settle(entry.fingerprint(),
					(current) -> Optional.of(current.orElse(entry).resolutionWritten(resolved, close, now)));
			this.metrics.ticket(TicketAction.NOTED);
			if (close) {
				this.metrics.ticket(TicketAction.CLOSED);
			}
			logger.info("Resolved: fingerprint={} ticketId={} closed={}", entry.fingerprint(), ticketId, close);
		}));
	}

	private Mono<Void> lookup(OwedWrite write) {
		Alert resolved = write.alert();
		return Mono.defer(() -> this.halo.findOpenTicket(write.fingerprint(), write.lane())).doOnNext((ref) -> {
			Instant now = this.clock.instant();
			// Only a fingerprint still searching takes the ticket; one that fired again
			// meanwhile adopts it through its create.
			settle(write.fingerprint(),
					(current) -> current.isEmpty() ? Optional.of(LedgerEntry.searching(resolved).opened(ref.id(), now))
							: current.map((e) -> (e.state() == TicketState.SEARCHING) ? e.opened(ref.id(), now) : e));
			this.metrics.lookup(true);
			logger.info("Open ticket found for a forgotten alert's resolution: fingerprint={} ticketId={}",
					write.fingerprint(), ref.id());
		}).switchIfEmpty(Mono.fromRunnable(() -> {
			this.ledger.update(write.fingerprint(),
					(current) -> current.filter((e) -> e.state() != TicketState.SEARCHING));
			this.metrics.lookup(false);
			logger.info("Resolved alert has no open ticket in Halo; nothing to close: fingerprint={} source={}",
					write.fingerprint(), resolved.source());
		})).then();
	}

	/**
	 * Writes a result back into the ledger and owes whatever the entry is owed after it.
	 */
	private void settle(Fingerprint fingerprint, UnaryOperator<Optional<LedgerEntry>> change) {
		Instant now = this.clock.instant();
		this.ledger.update(fingerprint, change)
			.ifPresent((next) -> this.owed.owe(next, Lifecycle.owed(next, this.policy, now), now));
	}

}
