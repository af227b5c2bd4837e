package dev.haloalertbridge.ticketing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.mapping.Ref;
import dev.haloalertbridge.mapping.Routing;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.mapping.TicketTarget;

import org.springframework.stereotype.Component;

/**
 * What the bridge would make of alerts, without calling Halo and without touching the
 * ledger or the outbox: the rule that matched and why, and the ticket it would open.
 * Names are resolved from the lists the bridge has already read from Halo; a name it has
 * not looked up yet is said so.
 */
@Component
public class DryRun {

	private final TicketRouter router;

	private final RouteResolver resolver;

	private final TicketText text;

	DryRun(TicketRouter router, RouteResolver resolver, TicketText text) {
		this.router = router;
		this.resolver = resolver;
		this.text = text;
	}

	/**
	 * Previews the tickets of alerts.
	 * @param alerts the alerts, as the source's adapter read them
	 * @return one preview per alert, in order
	 */
	public List<Preview> preview(List<Alert> alerts) {
		return alerts.stream().map(this::preview).toList();
	}

	private Preview preview(Alert alert) {
		Routing routing = this.router.route(alert);
		Optional<RouteNames.Resolution> resolution = routing.target().map(this.resolver::cached);
		Map<String, Object> ticket = new LinkedHashMap<>();
		routing.target()
			.ifPresent((target) -> describe(alert, target, resolution.flatMap(RouteNames.Resolution::route), ticket));
		return new Preview(alert.fingerprint().value(), alert.source(), alert.state().name().toLowerCase(),
				alert.severity().tag(), alert.customerKey(), alert.device(), routing.unmapped() ? null : routing.rule(),
				routing.why(), routing.target().isPresent() ? ticket : null,
				resolution.map(RouteNames.Resolution::problems).orElse(List.of()));
	}

	private void describe(Alert alert, TicketTarget target, Optional<TicketRoute> route, Map<String, Object> ticket) {
		ticket.put("client_id", route.map((r) -> (Object) r.clientId()).orElse(null));
		named(ticket, "client", target.client());
		ticket.put("site_id", target.siteId().isPresent() ? target.siteId().getAsInt() : null);
		ticket.put("team", target.team().isEmpty() ? null : target.team());
		ticket.put("tickettype_id", route.map((r) -> (Object) r.ticketTypeId()).orElse(null));
		named(ticket, "ticket_type", target.ticketType());
		ticket.put("priority_id", target.priorityId().isPresent() ? target.priorityId().getAsInt() : null);
		ticket.put("category_1", target.category().isEmpty() ? null : target.category());
		ticket.put("agent_id", route
			.flatMap((r) -> r.agentId().isPresent() ? Optional.of((Object) r.agentId().getAsInt()) : Optional.empty())
			.orElse(null));
		target.agent().ifPresent((agent) -> named(ticket, "agent", agent));
		ticket.put("summary", this.text.summary(alert));
		ticket.put("details_html", this.text.details(alert));
		ticket.put("third_party_id_string", alert.fingerprint().value());
	}

	private static void named(Map<String, Object> ticket, String key, Ref ref) {
		if (ref.named()) {
			ticket.put(key, ref.name());
		}
	}

	/**
	 * One alert's preview.
	 *
	 * @param fingerprint the alert identity
	 * @param source the source
	 * @param state firing or resolved
	 * @param severity the severity
	 * @param customer the customer key rules match on
	 * @param device the device rules match on
	 * @param rule the index of the rule that matched; null when none did
	 * @param why why that rule, or why none
	 * @param ticket the ticket it would open, in Halo's field names; null when unmapped
	 * alerts are rejected
	 * @param problems what keeps the route from resolving (a name Halo lacks or that is
	 * not looked up yet); empty when it resolves
	 */
	public record Preview(String fingerprint, String source, String state, String severity, String customer,
			String device, Integer rule, String why, Map<String, Object> ticket, List<String> problems) {

	}

}
