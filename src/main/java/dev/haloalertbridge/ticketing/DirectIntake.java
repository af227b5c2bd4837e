package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.dedupe.DedupeProperties;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.Lifecycle;
import dev.haloalertbridge.ingest.Intake;
import dev.haloalertbridge.mapping.Routing;
import dev.haloalertbridge.mapping.TicketRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Direct mode's intake: each alert goes through the lifecycle at once, on the caller's
 * thread, and what it leaves owed goes to the outbox. There is no queue and no global
 * lock: the lifecycle is a pure function of microseconds, and the ledger's update is
 * atomic per fingerprint only. A message is refused whole (503) when the outbox is at
 * capacity or the bridge is stopping; accepted alerts are in the ledger and outbox when
 * the sender gets its 202.
 */
@Component
class DirectIntake implements Intake {

	private static final Logger logger = LoggerFactory.getLogger(DirectIntake.class);

	private final Ledger ledger;

	private final OwedWork owed;

	private final Outbox outbox;

	private final TicketingMetrics metrics;

	private final Clock clock;

	private final Lifecycle.Policy policy;

	private final TicketRouter router;

	private final UnmappedAlerts unmapped;

	private final int capacity;

	private volatile boolean open;

	DirectIntake(Ledger ledger, OwedWork owed, Outbox outbox, TicketingMetrics metrics, Clock clock,
			DedupeProperties dedupe, OutboxProperties properties, TicketRouter router, UnmappedAlerts unmapped) {
		this.router = router;
		this.unmapped = unmapped;
		this.ledger = ledger;
		this.owed = owed;
		this.outbox = outbox;
		this.metrics = metrics;
		this.clock = clock;
		this.policy = new Lifecycle.Policy(dedupe.coalesceInterval());
		this.capacity = properties.capacity();
	}

	@Override
	public Mono<Admission> admit(List<Alert> alerts) {
		return Mono.fromSupplier(() -> {
			if (!this.open) {
				return Admission.CLOSED;
			}
			if (this.outbox.size() + alerts.size() > this.capacity) {
				return Admission.FULL;
			}
			alerts.forEach(this::accept);
			return Admission.ACCEPTED;
		});
	}

	private void accept(Alert alert) {
		Instant now = this.clock.instant();
		Routing routing = this.router.route(alert);
		if (routing.unmapped()) {
			this.unmapped.record(alert, routing.target().isPresent(), now);
			if (routing.target().isEmpty()) {
				return;
			}
		}
		AtomicReference<Lifecycle.Transition> transition = new AtomicReference<>();
		this.ledger.update(alert.fingerprint(), (known) -> {
			Lifecycle.Transition next = Lifecycle.onAlert(known, alert, this.policy, now);
			transition.set(next);
			return next.next();
		});
		Lifecycle.Transition done = transition.get();
		this.metrics.decided(alert.source(), done.decision());
		logger.debug("Alert decided: fingerprint={} source={} decision={}", alert.fingerprint(), alert.source(),
				done.decision().tag());
		if (done.decision() == Decision.RESOLVED_UNKNOWN && done.effects().isEmpty()) {
			logger.info("Resolved before its ticket was opened; no ticket will be opened: fingerprint={} source={}",
					alert.fingerprint(), alert.source());
		}
		done.next().ifPresent((entry) -> this.owed.owe(entry, done.effects(), now));
	}

	void open() {
		this.open = true;
	}

	void close() {
		this.open = false;
	}

}
