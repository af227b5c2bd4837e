package dev.haloalertbridge.halo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LookupParserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> samples() {
		return Stream.of(
				Arguments.of(Lookup.CLIENTS, "clients.json",
						List.of(record(12, "Acme Dental"), record(14, "Globex Logistics"), record(15, "Initech"))),
				Arguments.of(Lookup.TEAMS, "teams.json",
						List.of(record(4, "Service Desk"), record(5, "Network Operations"), record(6, "Security"))),
				Arguments.of(Lookup.TEAMS, "teams-wrapped.json",
						List.of(record(4, "Service Desk"), record(5, "Network Operations"), record(6, "Security"))),
				Arguments.of(Lookup.TICKET_TYPES, "ticket-types.json",
						List.of(record(21, "Alert", 1), record(1, "Incident", 1), record(3, "Service Request", 2))),
				Arguments.of(Lookup.STATUSES, "statuses.json",
						List.of(record(1, "New"), record(2, "In Progress"), record(8, "Pending Closure"),
								record(9, "Closed"))),
				Arguments.of(Lookup.OUTCOMES, "outcomes.json",
						List.of(record(7, "Internal Note"), record(8, "Private Note"), record(9, "Closed"))),
				Arguments.of(Lookup.PRIORITIES, "priorities.json",
						List.of(record(1, "Critical", 1), record(2, "High", 1), record(3, "Medium", 1),
								record(4, "Low", 1), record(1, "P1 - Critical", 2), record(2, "P2 - High", 2))),
				Arguments.of(Lookup.AGENTS, "agents.json",
						List.of(record(7, "Alert Bridge API"), record(3, "Dana Whitfield"))));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("samples")
	void readsTheUsableItemsOfEachLookupInHalosOrder(Lookup lookup, String sample, List<HaloRecord> expected) {
		assertThat(LookupParser.parse(lookup, sample(sample))).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> singleItems() {
		return Stream.of(Arguments.of("whole id", "{\"id\": 12, \"name\": \"Acme\"}", true),
				Arguments.of("decimal id", "{\"id\": 12.0, \"name\": \"Acme\"}", true),
				Arguments.of("string id", "{\"id\": \"12\", \"name\": \"Acme\"}", true),
				Arguments.of("padded name", "{\"id\": 12, \"name\": \"  Acme \"}", true),
				Arguments.of("flags off",
						"{\"id\": 12, \"name\": \"Acme\", \"inactive\": false, \"isdisabled\": false}", true),
				Arguments.of("no id", "{\"name\": \"Acme\"}", false),
				Arguments.of("null id", "{\"id\": null, \"name\": \"Acme\"}", false),
				Arguments.of("fractional id", "{\"id\": 12.5, \"name\": \"Acme\"}", false),
				Arguments.of("not-set id", "{\"id\": -1, \"name\": \"Acme\"}", false),
				Arguments.of("GUID id", "{\"id\": \"5c3e2f0a-1d4b-4e8f-9a61-0b7d2c9e4f11\", \"name\": \"Acme\"}",
						false),
				Arguments.of("no name", "{\"id\": 12}", false),
				Arguments.of("blank name", "{\"id\": 12, \"name\": \" \"}", false),
				Arguments.of("numeric name", "{\"id\": 12, \"name\": 12}", false),
				Arguments.of("inactive", "{\"id\": 12, \"name\": \"Acme\", \"inactive\": true}", false),
				Arguments.of("disabled", "{\"id\": 12, \"name\": \"Acme\", \"isdisabled\": true}", false),
				Arguments.of("hidden", "{\"id\": 12, \"name\": \"Acme\", \"ishidden\": true}", false),
				Arguments.of("inactive as text", "{\"id\": 12, \"name\": \"Acme\", \"inactive\": \"true\"}", false),
				Arguments.of("not an object", "12", false));
	}

	@ParameterizedTest(name = "{0}: kept={2}")
	@MethodSource("singleItems")
	void keepsOnlyItemsWithAUsableIdAndNameThatAreSwitchedOn(String description, String item, boolean kept) {
		List<HaloRecord> records = LookupParser.parse(Lookup.TEAMS, json("[" + item + "]"));
		assertThat(records).hasSize(kept ? 1 : 0);
		assertThat(records).allSatisfy((record) -> assertThat(record).isEqualTo(record(12, "Acme")));
	}

	@Test
	void wrappedAndPlainAnswersReadAlike() {
		assertThat(LookupParser.parse(Lookup.TEAMS, sample("teams-wrapped.json")))
			.isEqualTo(LookupParser.parse(Lookup.TEAMS, sample("teams.json")));
	}

	@Test
	void wrappedAnswerIsReadFromItsFirstArrayWhateverItsKey() {
		JsonNode body = json(
				"{\"record_count\": 1, \"page_no\": 1, \"tickettypes\": [{\"id\": 21, \"name\": \"Alert\"}],"
						+ " \"other\": [{\"id\": 99, \"name\": \"Not this\"}]}");
		assertThat(LookupParser.parse(Lookup.TICKET_TYPES, body)).containsExactly(record(21, "Alert"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"record_count\": 0}", "{}", "\"Rate Limit Reached\"", "null", "[]" })
	void answerWithoutAListHasNoItems(String body) {
		assertThat(LookupParser.parse(Lookup.CLIENTS, json(body))).isEmpty();
	}

	@Test
	void priorityIsKnownByItsPriorityIdOncePerSla() {
		List<HaloRecord> priorities = LookupParser.parse(Lookup.PRIORITIES, sample("priorities.json"));
		assertThat(priorities).filteredOn((priority) -> priority.slaId().equals(OptionalLong.of(1)))
			.extracting(HaloRecord::id)
			.containsExactly(1L, 2L, 3L, 4L);
		assertThat(priorities).filteredOn((priority) -> priority.slaId().equals(OptionalLong.of(2)))
			.extracting(HaloRecord::name)
			.containsExactly("P1 - Critical", "P2 - High");
	}

	@Test
	void ticketTypeWithoutADefaultSlaHasNone() {
		JsonNode body = JSON.readTree("[{\"id\": 30, \"name\": \"Change\", \"default_sla\": -1},"
				+ " {\"id\": 31, \"name\": \"Project\", \"sla_id\": \"4\"}]");
		assertThat(LookupParser.parse(Lookup.TICKET_TYPES, body)).containsExactly(record(30, "Change"),
				record(31, "Project", 4));
	}

	@Test
	void priorityWithoutAPriorityIdIsSkippedEvenWithAnId() {
		JsonNode body = json("[{\"id\": 3, \"slaid\": 1, \"name\": \"Medium\"}]");
		assertThat(LookupParser.parse(Lookup.PRIORITIES, body)).isEmpty();
	}

	@Test
	void outcomeIsNamedByItsOutcomeFieldThenByName() {
		JsonNode body = json("[{\"id\": 7, \"outcome\": \"Internal Note\", \"name\": \"ignored\"},"
				+ " {\"id\": 8, \"name\": \"Private Note\"}, {\"id\": 9, \"buttonname\": \"Close\"}]");
		assertThat(LookupParser.parse(Lookup.OUTCOMES, body)).containsExactly(record(7, "Internal Note"),
				record(8, "Private Note"));
	}

	@Test
	void agentMeListsTheTeamsItIsAMemberOf() {
		AgentProfile me = LookupParser.agent(sample("agent-me.json"));
		assertThat(me).isEqualTo(new AgentProfile(7, "Alert Bridge API", true,
				List.of(record(4, "Service Desk"), record(5, "Network Operations"))));
	}

	@Test
	void agentMeWithoutATeamListFallsBackToItsDefaultTeam() {
		AgentProfile me = LookupParser.agent(sample("agent-me-default-team.json"));
		assertThat(me).isEqualTo(new AgentProfile(7, "Alert Bridge API", true, List.of(record(0, "Service Desk"))));
	}

	@Test
	void agentMeWithAnEmptyTeamListHasNoTeamsDespiteADefaultTeam() {
		AgentProfile me = LookupParser
			.agent(json("{\"id\": 7, \"name\": \"Bridge\", \"team\": \"Service Desk\", \"teams\": []}"));
		assertThat(me.teams()).isEmpty();
		assertThat(me.apiAgent()).isFalse();
	}

	@Test
	void agentMeSkipsMembershipsWithoutAUsableTeam() {
		AgentProfile me = LookupParser.agent(json("{\"id\": 7, \"name\": \"Bridge\", \"teams\": [{\"team_id\": 4, "
				+ "\"team_name\": \"Service Desk\"}, {\"team_id\": 5}, {\"team_name\": \"Nameless\"}, "
				+ "{\"team_id\": 4, \"team_name\": \"Service Desk\"}]}"));
		assertThat(me.teams()).containsExactly(record(4, "Service Desk"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"name\": \"Bridge\"}", "{\"id\": -1, \"name\": \"Bridge\"}", "{\"id\": 7}",
			"{\"id\": 7, \"name\": \"\"}", "\"Forbidden\"" })
	void agentMeWithoutAUsableIdOrNameIsRefused(String body) {
		assertThatIllegalArgumentException().isThrownBy(() -> LookupParser.agent(json(body)));
	}

	@Test
	void recordNameIsTrimmed() {
		assertThat(new HaloRecord(4, "  Service Desk ").name()).isEqualTo("Service Desk");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void recordNeedsAName(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> new HaloRecord(4, name));
	}

	@Test
	void recordRefusesANegativeId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HaloRecord(-1, "Service Desk"));
	}

	private static HaloRecord record(long id, String name) {
		return new HaloRecord(id, name);
	}

	private static HaloRecord record(long id, String name, long sla) {
		return new HaloRecord(id, name, OptionalLong.of(sla));
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private static JsonNode sample(String name) {
		try (InputStream in = LookupParserTests.class.getResourceAsStream("/halo/lookups/" + name)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
