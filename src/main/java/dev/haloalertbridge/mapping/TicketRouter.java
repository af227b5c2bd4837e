package dev.haloalertbridge.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

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

	private final List<Predicate<Alert>> conditions = new ArrayList<>();

	public TicketRouter(MappingProperties properties) {
		this.properties = properties;
		for (int i = 0; i < properties.rules().size(); i++) {
			this.conditions.add(RuleConditions.compile(i, properties.rules().get(i)));
		}
	}

	/**
	 * Routes an alert.
	 * @param alert the alert
	 * @return its route
	 */
	public TicketRoute route(Alert alert) {
		Defaults defaults = this.properties.defaults();
		for (int i = 0; i < this.conditions.size(); i++) {
			if (this.conditions.get(i).test(alert)) {
				return apply(this.properties.rules().get(i), defaults, alert);
			}
		}
		return new TicketRoute(defaults.clientId(), optional(defaults.siteId()), defaults.team(),
				defaults.ticketTypeId(), optional(defaults.priorities().get(alert.severity())));
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
