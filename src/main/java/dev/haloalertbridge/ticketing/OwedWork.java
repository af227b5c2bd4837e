package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.dedupe.Effect;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.halo.Lane;

import org.springframework.stereotype.Component;

/**
 * Turns the effects the lifecycle returns into owed writes in the outbox, each in its
 * lane, and wakes the writer when one is due now. The alert path and the writer (after
 * each write) both owe work through here.
 */
@Component
class OwedWork {

	private final Outbox outbox;

	private volatile Runnable wake = () -> {
	};

	OwedWork(Outbox outbox) {
		this.outbox = outbox;
	}

	void onWork(Runnable wake) {
		this.wake = wake;
	}

	void owe(LedgerEntry entry, List<Effect> effects, Instant now) {
		if (effects.isEmpty()) {
			return;
		}
		boolean dueNow = false;
		for (Effect effect : effects) {
			OptionalLong ticket = entry.ticketId();
			this.outbox.schedule(new OwedWrite(entry.fingerprint(), effect.kind(), lane(effect.kind(), entry),
					effect.due(), entry.latest(), ticket, 0, 0, now));
			dueNow |= !effect.due().isAfter(now);
		}
		// A write due later (a coalesced note) is found by the worker's poll once it is
		// due; waking it now would only show it nothing to do.
		if (dueNow) {
			this.wake.run();
		}
	}

	/**
	 * The lane of a write: a critical alert's ticket before any other, then other
	 * tickets, resolutions, notes, and lookups last.
	 */
	static Lane lane(Effect.Kind kind, LedgerEntry entry) {
		return switch (kind) {
			case CREATE -> (entry.latest().severity() == Severity.CRITICAL) ? Lane.CRITICAL_CREATE : Lane.CREATE;
			case RESOLVE -> Lane.RESOLVE;
			case NOTE -> Lane.NOTE;
			case LOOKUP -> Lane.BACKGROUND;
		};
	}

}
