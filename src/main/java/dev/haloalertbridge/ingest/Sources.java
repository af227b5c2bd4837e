package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.support.InvalidSettingsException;

import org.springframework.stereotype.Component;

/**
 * The configured sources, each joined to its vendor's adapter once at start-up. A source
 * naming a vendor the bridge has no adapter for, or with a name that cannot be a URL
 * segment and fingerprint namespace, stops start-up with a message naming it.
 */
@Component
public class Sources {

	private final Map<String, Source> sources = new LinkedHashMap<>();

	Sources(IngestProperties properties, List<AlertAdapter> adapters) {
		Map<String, AlertAdapter> byVendor = adapters.stream()
			.collect(Collectors.toMap(AlertAdapter::vendor, Function.identity()));
		properties.sources().forEach((name, configured) -> {
			String vendor = configured.vendorOr(name);
			AlertAdapter adapter = byVendor.get(vendor);
			if (adapter == null) {
				throw InvalidSettingsException.of("bridge.ingest.sources." + name + ".vendor",
						"names no vendor the bridge knows: '" + vendor + "'; known: "
								+ new TreeSet<>(byVendor.keySet()));
			}
			SourceSettings settings;
			try {
				settings = new SourceSettings(name, vendor, properties.defaultSeverity(), configured.options());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidSettingsException.of("bridge.ingest.sources." + name, "is not usable: " + ex.getMessage());
			}
			this.sources.put(name, new Source(settings, adapter, SourceGuard.of(name, configured)));
		});
	}

	/**
	 * The source of a name.
	 * @param name the name, as a URL segment
	 * @return the source, or empty when none is configured under that name
	 */
	Optional<Source> find(String name) {
		return Optional.ofNullable(this.sources.get(name));
	}

	/**
	 * Reads a body as a source's adapter does, without asking for the source's
	 * credentials: for the dry run, which has its own.
	 * @param name the source name
	 * @param body the body as the source would send it
	 * @param now the time of receipt
	 * @return the alerts, named and fingerprinted after the source
	 * @throws InvalidPayloadException if no such source is configured or its adapter
	 * cannot read the body
	 */
	public List<Alert> read(String name, JsonNode body, Instant now) {
		Source source = find(name).orElseThrow(
				() -> new InvalidPayloadException("no webhook source is configured under the name '" + name + "'"));
		try {
			return source.adapter().parse(source.settings(), body, now);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPayloadException(ex.getMessage());
		}
	}

	/**
	 * Every configured source name, for metrics registered at zero.
	 * @return the names
	 */
	public Set<String> names() {
		return Set.copyOf(this.sources.keySet());
	}

	/**
	 * A configured source with its adapter and what its senders must present.
	 *
	 * @param settings the source as its adapter sees it
	 * @param adapter the vendor's adapter
	 * @param guard what senders must prove
	 */
	record Source(SourceSettings settings, AlertAdapter adapter, SourceGuard guard) {

		String name() {
			return this.settings.name();
		}

	}

}
