package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.haloalertbridge.support.InvalidSettingsException;

import org.springframework.stereotype.Component;

/**
 * The configured syslog sources, read once at start-up; a bad address, selector or name
 * stops start-up with a message naming the setting. A sender belongs to the first source,
 * in configuration order, whose allow-list contains it.
 */
@Component
class SyslogSources {

	private final List<SyslogSource> sources = new ArrayList<>();

	SyslogSources(SyslogProperties properties) {
		properties.sources().forEach((name, configured) -> {
			try {
				this.sources.add(configured.toSource(name));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidSettingsException.of("bridge.syslog.sources." + name, "is not usable: " + ex.getMessage());
			}
		});
	}

	/**
	 * The source a sender belongs to.
	 * @param sender the sender's address
	 * @return the source, or empty for a sender no allow-list contains
	 */
	Optional<SyslogSource> match(InetAddress sender) {
		for (SyslogSource source : this.sources) {
			if (source.allows(sender)) {
				return Optional.of(source);
			}
		}
		return Optional.empty();
	}

	/**
	 * The source of a name, for lines a relay posts over HTTP.
	 * @param name the source name
	 * @return the source, if configured
	 */
	Optional<SyslogSource> named(String name) {
		return this.sources.stream().filter((source) -> source.name().equals(name)).findFirst();
	}

	/**
	 * Every configured source name, for metrics registered at zero.
	 * @return the names
	 */
	Set<String> names() {
		return this.sources.stream().map(SyslogSource::name).collect(Collectors.toUnmodifiableSet());
	}

}
