package dev.haloalertbridge.ingest.syslog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which syslog events of a source become alerts. A selector is written like the log line
 * itself, {@code type=utm subtype=ips}, and matches an event that has every one of those
 * fields with that value (case ignored). An event is selected when an include selector
 * matches it and no exclude selector does.
 *
 * @param include the selectors of events to turn into alerts
 * @param exclude the selectors of events to skip although an include matches
 */
public record EventSelection(List<Selector> include, List<Selector> exclude) {

	public EventSelection {
		include = List.copyOf(include);
		exclude = List.copyOf(exclude);
	}

	/**
	 * Reads selectors as configured.
	 * @param include e.g. {@code ["type=utm subtype=ips", "m=609"]}
	 * @param exclude selectors that win over include
	 * @return the selection
	 * @throws IllegalArgumentException if a selector names no field
	 */
	public static EventSelection of(List<String> include, List<String> exclude) {
		return new EventSelection(include.stream().map(Selector::parse).toList(),
				exclude.stream().map(Selector::parse).toList());
	}

	/**
	 * Whether an event becomes an alert.
	 * @param fields the event's key=value fields
	 * @return true when selected
	 */
	public boolean selects(Map<String, String> fields) {
		return this.include.stream().anyMatch((selector) -> selector.matches(fields))
				&& this.exclude.stream().noneMatch((selector) -> selector.matches(fields));
	}

	/**
	 * Fields an event must all have, with these values.
	 *
	 * @param fields field name to value
	 */
	public record Selector(Map<String, String> fields) {

		public Selector {
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("a selector names at least one field, as in 'm=609'");
			}
			fields = Map.copyOf(fields);
		}

		static Selector parse(String text) {
			return new Selector(KeyValues.parse(text));
		}

		boolean matches(Map<String, String> event) {
			for (Map.Entry<String, String> field : this.fields.entrySet()) {
				String value = event.get(field.getKey());
				if (value == null
						|| !value.toLowerCase(Locale.ROOT).equals(field.getValue().toLowerCase(Locale.ROOT))) {
					return false;
				}
			}
			return true;
		}

	}

}
