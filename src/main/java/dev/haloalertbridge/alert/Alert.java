package dev.haloalertbridge.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One alert, normalised from whatever a vendor sent. Everything downstream of ingest
 * speaks only this type.
 *
 * @param source the configured source name it arrived on, e.g. {@code alertmanager}
 * @param fingerprint its identity across repeats
 * @param severity how bad it is
 * @param state firing or resolved
 * @param customerKey the vendor's name for the customer (a label, an organisation id),
 * empty when unknown
 * @param device the asset or host it concerns, empty when unknown
 * @param title a one-line summary
 * @param description the longer text, may be empty
 * @param labels the vendor's key-value details, shown on the ticket
 * @param startsAt when the source says the problem began
 * @param receivedAt when the bridge accepted it
 */
public record Alert(String source, Fingerprint fingerprint, Severity severity, AlertState state, String customerKey,
		String device, String title, String description, Map<String, String> labels, Instant startsAt,
		Instant receivedAt) {

	public Alert {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(customerKey, "customerKey");
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(receivedAt, "receivedAt");
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("an alert needs a title");
		}
		labels = Map.copyOf(labels);
	}

}
