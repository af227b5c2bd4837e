package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;

import dev.haloalertbridge.halo.HaloDeferredException;
import dev.haloalertbridge.halo.HaloRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What a failed write becomes, by the failure's type. A call the budget held back (or a
 * 429) waits until the budget allows, without counting an attempt. A transient failure
 * (I/O, 5xx, circuit open) is retried with a growing, capped backoff, without limit:
 * nothing accepted is dropped because Halo was down. A write Halo refuses for good is
 * tried a few times more (an admin may be fixing a permission) and then set aside as
 * rejected, logged once with Halo's reason and counted.
 */
@Component
class WriteFailures {

	private static final Logger logger = LoggerFactory.getLogger(WriteFailures.class);

	private final Outbox outbox;

	private final OutboxProperties properties;

	private final TicketingMetrics metrics;

	private final Clock clock;

	WriteFailures(Outbox outbox, OutboxProperties properties, TicketingMetrics metrics, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	Result failed(OwedWrite write, Throwable ex) {
		Instant now = this.clock.instant();
		if (ex instanceof HaloDeferredException deferred) {
			this.outbox.schedule(write.dueAt(deferred.notBefore()));
			return Result.DEFERRED;
		}
		// A 401 that survived a fresh token is the connection's fault, not this write's.
		boolean refused = ex instanceof HaloRejectedException rejected && rejected.status() != 401;
		OwedWrite next = write.failed(now.plus(this.properties.backoff(write.attempts() + 1)), refused);
		this.metrics.failure(write.kind());
		if (refused && next.rejections() >= this.properties.rejectionsBeforeGivingUp()) {
			this.outbox.reject(next);
			this.metrics.rejected(write.kind());
			logger.error(
					"Halo refused a write for good; set aside as rejected: kind={} fingerprint={} source={}"
							+ " attempts={} reason={}",
					write.kind().tag(), write.fingerprint(), write.alert().source(), next.attempts(), ex.getMessage());
			return Result.REJECTED;
		}
		this.outbox.schedule(next);
		logger.warn("Halo write failed, will retry: kind={} fingerprint={} source={} attempts={} retryAt={} error={}",
				write.kind().tag(), write.fingerprint(), write.alert().source(), next.attempts(), next.due(),
				ex.toString());
		return Result.RETRY;
	}

	/**
	 * What became of one owed write.
	 */
	enum Result {

		/** Written to Halo. */
		WRITTEN,

		/** No longer owed, or not due yet; no call was made. */
		SKIPPED,

		/** Failed; owed again after the backoff. */
		RETRY,

		/** Refused for good; set aside. */
		REJECTED,

		/** Held back by the call budget or a 429 pause. */
		DEFERRED

	}

}
