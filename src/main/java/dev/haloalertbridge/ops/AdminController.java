package dev.haloalertbridge.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.InvalidPayloadException;
import dev.haloalertbridge.ingest.Sources;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.ticketing.DryRun;
import dev.haloalertbridge.ticketing.UnmappedAlerts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin endpoints, for people setting the bridge up: Halo's "Save and Test"
 * ({@code GET /admin/check}), a dry run of an alert as a source would send it
 * ({@code POST /admin/dry-run/{source}}), and the alerts no rule matched
 * ({@code GET /admin/unmapped}). Off until {@code bridge.admin.token} is set; then each
 * request must carry it as a bearer token. None of them writes to Halo.
 */
@RestController
class AdminController {

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

	private final AdminProperties properties;

	private final ConnectionCheck check;

	private final Sources sources;

	private final DryRun dryRun;

	private final UnmappedAlerts unmapped;

	private final MappingProperties mapping;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry registry;

	AdminController(AdminProperties properties, ConnectionCheck check, Sources sources, DryRun dryRun,
			UnmappedAlerts unmapped, MappingProperties mapping, JsonMapper json, Clock clock, MeterRegistry registry) {
		this.properties = properties;
		this.check = check;
		this.sources = sources;
		this.dryRun = dryRun;
		this.unmapped = unmapped;
		this.mapping = mapping;
		this.json = json;
		this.clock = clock;
		this.registry = registry;
		for (String endpoint : List.of("check", "dry_run", "unmapped")) {
			counter(registry, endpoint, "ok");
		}
	}

	@GetMapping("/admin/check")
	Mono<CheckReport> check(ServerHttpRequest request) {
		authorize("check", request);
		return this.check.run().timeout(CHECK_TIMEOUT).map((checks) -> {
			counted("check", "ok");
			return new CheckReport(checks.stream().allMatch((check) -> check.outcome() == Check.Outcome.PASSED),
					checks.stream().map(CheckReport.Item::of).toList());
		});
	}

	@PostMapping("/admin/dry-run/{source}")
	DryRunReport dryRun(@PathVariable String source, @RequestBody(required = false) byte[] body,
			ServerHttpRequest request) {
		authorize("dry_run", request);
		if (body == null || body.length == 0) {
			throw new AdminRejectedException(HttpStatus.BAD_REQUEST, "dry_run", "send the alert as the source would");
		}
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new AdminRejectedException(HttpStatus.BAD_REQUEST, "dry_run",
					"the body is not valid JSON: " + ex.getOriginalMessage());
		}
		List<Alert> alerts;
		try {
			alerts = this.sources.read(source, tree, this.clock.instant());
		}
		catch (InvalidPayloadException ex) {
			throw new AdminRejectedException(HttpStatus.BAD_REQUEST, "dry_run", ex.getMessage());
		}
		counted("dry_run", "ok");
		return new DryRunReport(source, this.dryRun.preview(alerts));
	}

	@GetMapping("/admin/unmapped")
	UnmappedReport unmapped(ServerHttpRequest request) {
		authorize("unmapped", request);
		counted("unmapped", "ok");
		return new UnmappedReport(this.mapping.unmapped().name().toLowerCase().replace('_', '-'),
				this.unmapped.recent());
	}

	private void authorize(String endpoint, ServerHttpRequest request) {
		var secret = this.properties.secret();
		if (secret.isEmpty()) {
			throw new AdminRejectedException(HttpStatus.FORBIDDEN, endpoint,
					"the admin endpoints are off: set bridge.admin.token (BRIDGE_ADMIN_TOKEN) to use them");
		}
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				|| !secret.get().matches(authorization.substring(7).strip())) {
			throw new AdminRejectedException(HttpStatus.UNAUTHORIZED, endpoint, (authorization == null)
					? "send Authorization: Bearer <bridge.admin.token>" : "the admin token is not valid");
		}
	}

	private void counted(String endpoint, String outcome) {
		counter(this.registry, endpoint, outcome).increment();
	}

	static Counter counter(MeterRegistry registry, String endpoint, String outcome) {
		return Counter.builder("bridge.admin.requests")
			.description("Requests to the admin endpoints, by endpoint and outcome")
			.tag("endpoint", endpoint)
			.tag("outcome", outcome)
			.register(registry);
	}

	/**
	 * The connection checklist.
	 *
	 * @param passed whether every check passed
	 * @param checks each check in order
	 */
	record CheckReport(boolean passed, List<Item> checks) {

		record Item(String name, String outcome, String detail) {

			static Item of(Check check) {
				return new Item(check.name(), check.outcome().tag(), check.detail());
			}

		}

	}

	/**
	 * A dry run's answer.
	 *
	 * @param source the source the body was read as
	 * @param alerts what would become of each alert in it
	 */
	record DryRunReport(String source, List<DryRun.Preview> alerts) {

	}

	/**
	 * The unmapped alerts kept.
	 *
	 * @param policy {@code default-client} or {@code reject}
	 * @param alerts the most recent first
	 */
	record UnmappedReport(String policy, List<UnmappedAlerts.Seen> alerts) {

	}

}
