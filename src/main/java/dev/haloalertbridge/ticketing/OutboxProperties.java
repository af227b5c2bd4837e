package dev.haloalertbridge.ticketing;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox of owed Halo writes and how failed ones are tried again.
 *
 * @param capacity how many writes may be owed before webhooks answer 503; repeats of a
 * known alert merge into one owed note and add nothing
 * @param pollInterval how often the head of the outbox is checked for writes that became
 * due (coalesced notes, retries); new work wakes the writer at once
 * @param retryBackoff how long a failed write waits before its first retry; each further
 * failure doubles it
 * @param maxBackoff the longest wait between retries
 * @param rejectionsBeforeGivingUp how many times Halo may refuse a write for good (a 4xx
 * other than 401 and 429) before it is set aside as rejected; a transient failure (I/O,
 * 5xx) is retried without limit
 */
@Validated
@ConfigurationProperties("bridge.outbox")
public record OutboxProperties(@DefaultValue("10000") @Min(1) int capacity,
		@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("30s") @NotNull Duration retryBackoff,
		@DefaultValue("15m") @NotNull Duration maxBackoff, @DefaultValue("3") @Min(1) int rejectionsBeforeGivingUp) {

	@AssertTrue(message = "bridge.outbox.max-backoff must not be shorter than retry-backoff")
	boolean isBackoffOrdered() {
		return this.maxBackoff.compareTo(this.retryBackoff) >= 0;
	}

	/**
	 * The wait after a number of failed attempts: the backoff, doubled per further
	 * failure, capped.
	 * @param attempts failed attempts so far, at least 1
	 * @return the wait before the next attempt
	 */
	Duration backoff(int attempts) {
		Duration wait = this.retryBackoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
