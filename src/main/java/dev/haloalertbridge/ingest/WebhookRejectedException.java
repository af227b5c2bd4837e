package dev.haloalertbridge.ingest;

/**
 * A webhook request the bridge refuses, with the reason it is counted and answered under.
 */
class WebhookRejectedException extends RuntimeException {

	private final IngestOutcome outcome;

	private final String sourceTag;

	WebhookRejectedException(IngestOutcome outcome, String sourceTag, String detail) {
		super(detail, null, false, false);
		this.outcome = outcome;
		this.sourceTag = sourceTag;
	}

	IngestOutcome outcome() {
		return this.outcome;
	}

	String sourceTag() {
		return this.sourceTag;
	}

}
