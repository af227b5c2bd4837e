package dev.haloalertbridge.alert;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param sender the address it came from (the webhook's or syslog sender), when known;
 * never part of the fingerprint
 */
public record Alert(String source, Fingerprint fingerprint, Severity severity, AlertState state, String customerKey,
		String device, String title, String description, Map<String, String> labels, Instant startsAt,
		Instant receivedAt, Optional<InetAddress> sender) {

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
		Objects.requireNonNull(sender, "sender");
		labels = Map.copyOf(labels);
	}

	/**
	 * An alert whose sender is not known yet.
	 * @param source the source name
	 * @param fingerprint its identity
	 * @param severity how bad it is
	 * @param state firing or resolved
	 * @param customerKey the customer key
	 * @param device the device
	 * @param title the summary
	 * @param description the longer text
	 * @param labels the details
	 * @param startsAt when it began
	 * @param receivedAt when the bridge accepted it
	 */
	public Alert(String source, Fingerprint fingerprint, Severity severity, AlertState state, String customerKey,
			String device, String title, String description, Map<String, String> labels, Instant startsAt,
			Instant receivedAt) {
		this(source, fingerprint, severity, state, customerKey, device, title, description, labels, startsAt,
				receivedAt, Optional.empty());
	}

	/**
	 * This alert as sent from an address.
	 * @param address the sender's address
	 * @return the alert with its sender
	 */
	public Alert from(InetAddress address) {
		return new Alert(this.source, this.fingerprint, this.severity, this.state, this.customerKey, this.device,
				this.title, this.description, this.labels, this.startsAt, this.receivedAt, Optional.of(address));
	}

}
