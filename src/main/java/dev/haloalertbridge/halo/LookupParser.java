package dev.haloalertbridge.halo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * Reads Halo's lookup answers leniently, because their shape varies between Halo versions
 * and endpoints: a list may come as a plain array or wrapped in an object
 * ({@code {"record_count": 2, "clients": [...]}}), and ids as {@code 12}, {@code 12.0} or
 * {@code "12"}. Items the bridge cannot or should not use are left out rather than
 * failing the whole list: no usable id or name, or flagged {@code inactive},
 * {@code isdisabled} or {@code ishidden}.
 */
final class LookupParser {

	private static final List<String> OFF_FLAGS = List.of("inactive", "isdisabled", "ishidden");

	private LookupParser() {
	}

	/**
	 * Where Halo versions put a ticket type's default SLA; a value of 0 or less is none.
	 */
	private static final List<String> TICKET_TYPE_SLA = List.of("default_sla", "default_sla_id", "sla_id", "slaid",
			"sla");

	/**
	 * The usable items of one lookup answer, in Halo's order, each id once (a priority's
	 * {@code priorityid} once per SLA: priorities repeat it in every SLA).
	 * @param lookup the list that was asked for
	 * @param body the answer
	 * @return the items; empty if the answer holds no list
	 */
	static List<HaloRecord> parse(Lookup lookup, JsonNode body) {
		return distinctById(items(body).filter(LookupParser::isSwitchedOn)
			.map((item) -> record(item, idField(lookup), nameFields(lookup))
				.map((record) -> withSla(lookup, item, record)))
			.flatMap(Optional::stream));
	}

	/**
	 * The API agent, from {@code GET /Agent/me}. Teams come from {@code teams[]}
	 * ({@code team_id}, {@code team_name}); only if that list is absent (or null), the
	 * default {@code team} name stands in with id 0.
	 * @param body the answer
	 * @return the agent
	 * @throws IllegalArgumentException if the answer has no usable id or name, which
	 * means it is not an agent at all
	 */
	static AgentProfile agent(JsonNode body) {
		long id = id(body.path("id"))
			.orElseThrow(() -> new IllegalArgumentException("Agent/me answered without a usable id"));
		String name = text(body.path("name"))
			.orElseThrow(() -> new IllegalArgumentException("Agent/me answered without a name"));
		return new AgentProfile(id, name, body.path("isapiagent").asBoolean(false), teams(body));
	}

	private static List<HaloRecord> teams(JsonNode agent) {
		JsonNode teams = agent.path("teams");
		if (!teams.isArray()) {
			return text(agent.path("team")).map((name) -> List.of(new HaloRecord(0, name))).orElse(List.of());
		}
		return distinctById(teams.valueStream()
			.map((team) -> record(team, "team_id", List.of("team_name")))
			.flatMap(Optional::stream));
	}

	private static Stream<JsonNode> items(JsonNode body) {
		if (body.isArray()) {
			return body.valueStream();
		}
		return body.valueStream()
			.filter(JsonNode::isArray)
			.findFirst()
			.map(JsonNode::valueStream)
			.orElse(Stream.empty());
	}

	private static boolean isSwitchedOn(JsonNode item) {
		return OFF_FLAGS.stream().noneMatch((flag) -> item.path(flag).asBoolean(false));
	}

	private static Optional<HaloRecord> record(JsonNode item, String idField, List<String> nameFields) {
		OptionalLong id = id(item.path(idField));
		Optional<String> name = nameFields.stream()
			.map((field) -> text(item.path(field)))
			.flatMap(Optional::stream)
			.findFirst();
		if (id.isEmpty() || name.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HaloRecord(id.getAsLong(), name.get()));
	}

	private static HaloRecord withSla(Lookup lookup, JsonNode item, HaloRecord record) {
		List<String> fields = switch (lookup) {
			case PRIORITIES -> List.of("slaid");
			case TICKET_TYPES -> TICKET_TYPE_SLA;
			default -> List.of();
		};
		return fields.stream()
			.map((field) -> HaloWire.number(item.path(field)))
			.filter(OptionalLong::isPresent)
			.findFirst()
			.filter((sla) -> sla.getAsLong() > 0)
			.map((sla) -> new HaloRecord(record.id(), record.name(), sla))
			.orElse(record);
	}

	private static List<HaloRecord> distinctById(Stream<HaloRecord> records) {
		Map<List<Long>, HaloRecord> byId = records
			.collect(Collectors.toMap((record) -> List.of(record.id(), record.slaId().orElse(0)), Function.identity(),
					(first, later) -> first, LinkedHashMap::new));
		return List.copyOf(byId.values());
	}

	/**
	 * Halo writes {@code -1} for "not set", so a negative id is no id.
	 */
	private static OptionalLong id(JsonNode node) {
		OptionalLong id = HaloWire.number(node);
		return (id.isPresent() && id.getAsLong() >= 0) ? id : OptionalLong.empty();
	}

	private static Optional<String> text(JsonNode node) {
		return Optional.of(node)
			.filter(JsonNode::isString)
			.map((value) -> value.asString().strip())
			.filter((value) -> !value.isEmpty());
	}

	/**
	 * Tickets refer to a priority by {@code priorityid}; a priority's {@code id} is a
	 * GUID naming its row in one SLA.
	 */
	private static String idField(Lookup lookup) {
		return (lookup == Lookup.PRIORITIES) ? "priorityid" : "id";
	}

	/**
	 * Halo's outcome schema ({@code TOutcome}) names an outcome in {@code outcome} and
	 * has no {@code name}; {@code name} is read only when {@code outcome} is missing.
	 */
	private static List<String> nameFields(Lookup lookup) {
		return (lookup == Lookup.OUTCOMES) ? List.of("outcome", "name") : List.of("name");
	}

}
