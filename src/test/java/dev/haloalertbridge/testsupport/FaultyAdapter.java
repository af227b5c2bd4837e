package dev.haloalertbridge.testsupport;

import java.time.Instant;
import java.util.List;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.AlertAdapter;
import dev.haloalertbridge.ingest.SourceSettings;
import tools.jackson.databind.JsonNode;

/**
 * An adapter with a bug, for the tests of what the webhook does with a failure it did not
 * expect: every body it reads fails with an {@link IllegalStateException}, which is not
 * one of the refusals an adapter may throw.
 */
public class FaultyAdapter implements AlertAdapter {

	public static final String VENDOR = "faulty";

	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		throw new IllegalStateException("an adapter bug the test put here");
	}

}
