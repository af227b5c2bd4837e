package dev.haloalertbridge.mapping;

import java.util.OptionalInt;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the Halo route of an alert from the configured rules. Pure: no I/O, the same
 * alert always maps the same way.
 */
@Component
public class TicketRouter {

	private final MappingProperties properties;

	public TicketRouter(MappingProperties properties) {
		this.properties = properties;
	}

	/**
	 * Routes an alert.
	 * @param alert the alert
	 * @return its route
	 */
	public TicketRoute route(Alert alert) {
		Defaults defaults = this.properties.defaults();
		for (Rule rule : this.properties.rules()) {
			if (matches(rule, alert)) {
				return apply(rule, defaults, alert);
			}
		}
		return new TicketRoute(defaults.clientId(), optional(defaults.siteId()), defaults.team(),
				defaults.ticketTypeId(), optional(defaults.priorities().get(alert.severity())));
	}

	private static boolean matches(Rule rule, Alert alert) {
		return (rule.source().isEmpty() || rule.source().equals(alert.source()))
				&& (rule.customer().isEmpty() || rule.customer().equals(alert.customerKey()));
	}

	private static TicketRoute apply(Rule rule, Defaults defaults, Alert alert) {
		Integer priority = rule.priorities()
			.getOrDefault(alert.severity(), defaults.priorities().get(alert.severity()));
		return new TicketRoute(or(rule.clientId(), defaults.clientId()),
				optional((rule.siteId() != null) ? rule.siteId() : defaults.siteId()),
				(rule.team() != null) ? rule.team() : defaults.team(), or(rule.ticketTypeId(), defaults.ticketTypeId()),
				optional(priority));
	}

	private static int or(@Nullable Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}

	private static OptionalInt optional(@Nullable Integer value) {
		return (value != null) ? OptionalInt.of(value) : OptionalInt.empty();
	}

}
