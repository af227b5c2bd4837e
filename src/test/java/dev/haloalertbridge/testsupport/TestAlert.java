package dev.haloalertbridge.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

/**
 * Builds canonical alerts for unit tests: every field has a plain default, and each
 * {@code with...} method returns a changed copy.
 */
public record TestAlert(String source, String id, Severity severity, AlertState state, String customer, String device,
		String title, String description, Map<String, String> labels, Instant startsAt, Instant receivedAt) {

	/** The time every default alert is received at. */
	public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	public static TestAlert firing() {
		return new TestAlert("alertmanager", "host-down", Severity.CRITICAL, AlertState.FIRING, "ACME-001",
				"fs01.acme.example.com", "fs01 is unreachable", "", Map.of(), T0, T0);
	}

	public TestAlert withId(String id) {
		return new TestAlert(this.source, id, this.severity, this.state, this.customer, this.device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withSource(String source) {
		return new TestAlert(source, this.id, this.severity, this.state, this.customer, this.device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withSeverity(Severity severity) {
		return new TestAlert(this.source, this.id, severity, this.state, this.customer, this.device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withState(AlertState state) {
		return new TestAlert(this.source, this.id, this.severity, state, this.customer, this.device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withCustomer(String customer) {
		return new TestAlert(this.source, this.id, this.severity, this.state, customer, this.device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withDevice(String device) {
		return new TestAlert(this.source, this.id, this.severity, this.state, this.customer, device, this.title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withTitle(String title) {
		return new TestAlert(this.source, this.id, this.severity, this.state, this.customer, this.device, title,
				this.description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withDescription(String description) {
		return new TestAlert(this.source, this.id, this.severity, this.state, this.customer, this.device, this.title,
				description, this.labels, this.startsAt, this.receivedAt);
	}

	public TestAlert withLabels(Map<String, String> labels) {
		return new TestAlert(this.source, this.id, this.severity, this.state, this.customer, this.device, this.title,
				this.description, labels, this.startsAt, this.receivedAt);
	}

	public TestAlert receivedAt(Instant receivedAt) {
		return new TestAlert(this.source, this.id, this.severity, this.state, this.customer, this.device, this.title,
				this.description, this.labels, this.startsAt, receivedAt);
	}

	public Alert build() {
		return new Alert(this.source, Fingerprint.of(this.source, List.of(this.id)), this.severity, this.state,
				this.customer, this.device, this.title, this.description, this.labels, this.startsAt, this.receivedAt);
	}

}
