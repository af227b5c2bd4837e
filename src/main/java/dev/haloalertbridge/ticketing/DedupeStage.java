package dev.haloalertbridge.ticketing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.dedupe.DedupePolicy;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The in-memory half of the pipeline: decides what an alert means and records it in the
 * ledger, in one atomic step per fingerprint, and marks the fingerprint for a Halo write
 * when one is owed. It never waits for Halo, so repeats of known alerts are counted at
 * once even while tickets for new ones are being opened.
 */
@Component
class DedupeStage {

	private static final Logger logger = LoggerFactory.getLogger(DedupeStage.class);

	private final Ledger ledger;

	private final OwedWrites owed;

	private final TicketingMetrics metrics;

	DedupeStage(Ledger ledger, OwedWrites owed, TicketingMetrics metrics) {
		this.ledger = ledger;
		this.owed = owed;
		this.metrics = metrics;
	}

	Decision accept(Alert alert) {
		AtomicReference<Decision> decision = new AtomicReference<>();
		this.ledger.update(alert.fingerprint(), (known) -> {
			Decision decided = DedupePolicy.decide(known, alert);
			decision.set(decided);
			return next(decided, known, alert);
		});
		Decision decided = decision.get();
		this.metrics.decided(alert.source(), decided);
		logger.debug("Alert decided: fingerprint={} source={} decision={}", alert.fingerprint(), alert.source(),
				decided.tag());
		if (decided == Decision.NEW || decided == Decision.RETRY_CREATE || decided == Decision.RESOLVED) {
			this.owed.add(alert.fingerprint());
		}
		if (decided == Decision.RESOLVED_UNKNOWN) {
			logger.info("Resolved alert with no known ticket ignored: fingerprint={} source={}", alert.fingerprint(),
					alert.source());
		}
		return decided;
	}

	private static Optional<LedgerEntry> next(Decision decision, Optional<LedgerEntry> known, Alert alert) {
		return switch (decision) {
			case NEW -> Optional.of(LedgerEntry.pending(alert));
			case RETRY_CREATE, REPEAT -> known.map((entry) -> entry.repeated(alert));
			case RESOLVED -> known.map((entry) -> entry.resolveOwed(alert));
			// Resolved before any ticket existed: nothing in Halo to update, and no
			// create
			// owed any more. A create already under way finds the resolution as the
			// entry's
			// latest alert and closes what it opened.
			case RESOLVED_UNKNOWN -> known.map((entry) -> entry.resolveOwed(alert));
			case RESOLVED_AGAIN -> known;
		};
	}

}
