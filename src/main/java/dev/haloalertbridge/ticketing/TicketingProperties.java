package dev.haloalertbridge.ticketing;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How tickets are written. Status and outcome ids differ per Halo installation: check
 * {@code /api/Status} and {@code /api/Outcome} (the defaults are a stock install's
 * "Closed" and "Internal Note").
 *
 * @param closeOnResolve whether a resolved alert closes its ticket, or only adds a note
 * @param closedStatusId the status that closes a ticket
 * @param noteOutcomeId the outcome of the bridge's private notes
 * @param findBeforeCreate whether to look for an open ticket with the same fingerprint
 * before opening one, so a restart (which empties the in-memory ledger) does not
 * duplicate tickets; costs one call per new alert
 * @param maxSummaryLength the longest ticket summary, in characters
 * @param maxTextLength the longest alert text copied into a ticket or note, in characters
 * @param drainTimeout how long shutdown waits for owed Halo writes that are due
 * @param mode {@code live} writes tickets; {@code shadow} runs the whole pipeline but
 * writes nothing to Halo, counting and logging what it would have written
 */
@Validated
@ConfigurationProperties("bridge.ticketing")
public record TicketingProperties(@DefaultValue("true") boolean closeOnResolve,
		@Nullable @DefaultValue("9") Integer closedStatusId, @DefaultValue("7") @Min(1) int noteOutcomeId,
		@DefaultValue("true") boolean findBeforeCreate, @DefaultValue("200") @Min(20) int maxSummaryLength,
		@DefaultValue("4000") @Min(100) int maxTextLength, @DefaultValue("20s") @NotNull Duration drainTimeout,
		@DefaultValue("live") Mode mode) {

	/**
	 * Live settings.
	 * @param closeOnResolve whether a resolved alert closes its ticket
	 * @param closedStatusId the closed status
	 * @param noteOutcomeId the note outcome
	 * @param findBeforeCreate whether to search before opening
	 * @param maxSummaryLength the longest summary
	 * @param maxTextLength the longest text
	 * @param drainTimeout the shutdown drain timeout
	 */
	public TicketingProperties(boolean closeOnResolve, @Nullable Integer closedStatusId, int noteOutcomeId,
			boolean findBeforeCreate, int maxSummaryLength, int maxTextLength, Duration drainTimeout) {
		this(closeOnResolve, closedStatusId, noteOutcomeId, findBeforeCreate, maxSummaryLength, maxTextLength,
				drainTimeout, Mode.LIVE);
	}

	@ConstructorBinding
	public TicketingProperties {
	}

	/**
	 * Whether tickets are written.
	 */
	public enum Mode {

		/** Tickets are written to Halo. */
		LIVE,

		/**
		 * Nothing is written to Halo: for trying the bridge beside an existing
		 * integration.
		 */
		SHADOW

	}

	@AssertTrue(message = "bridge.ticketing.closed-status-id is required when close-on-resolve is true")
	boolean isClosedStatusSetWhenClosing() {
		return !this.closeOnResolve || this.closedStatusId != null;
	}

}
