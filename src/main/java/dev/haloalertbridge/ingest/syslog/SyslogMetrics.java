package dev.haloalertbridge.ingest.syslog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters of the syslog intake, registered at zero whether or not the listeners run, so
 * dashboards see a series before the first message. Tags come from enums and configured
 * source names only.
 */
@Component
class SyslogMetrics {

	private final MeterRegistry registry;

	SyslogMetrics(MeterRegistry registry, SyslogSources sources) {
		this.registry = registry;
		for (Transport transport : Transport.values()) {
			messages(transport);
			for (DropReason reason : DropReason.values()) {
				dropped(transport, reason);
			}
		}
		sources.names().forEach((source) -> {
			alerts(source);
			parseErrors(source);
		});
	}

	void received(Transport transport) {
		messages(transport).increment();
	}

	void drop(Transport transport, DropReason reason) {
		dropped(transport, reason).increment();
	}

	void alert(String source) {
		alerts(source).increment();
	}

	void parseError(String source) {
		parseErrors(source).increment();
	}

	private Counter messages(Transport transport) {
		return Counter.builder("bridge.syslog.messages")
			.description("Syslog messages read, by transport")
			.tag("transport", transport.tag())
			.register(this.registry);
	}

	private Counter dropped(Transport transport, DropReason reason) {
		return Counter.builder("bridge.syslog.dropped")
			.description("Syslog messages that produced no alert, by transport and reason")
			.tag("transport", transport.tag())
			.tag("reason", reason.tag())
			.register(this.registry);
	}

	private Counter alerts(String source) {
		return Counter.builder("bridge.syslog.alerts")
			.description("Alerts read from syslog and taken by the intake, by source")
			.tag("source", source)
			.register(this.registry);
	}

	private Counter parseErrors(String source) {
		return Counter.builder("bridge.syslog.parse.errors")
			.description("Syslog messages from a known sender that could not be read, by source")
			.tag("source", source)
			.register(this.registry);
	}

}
