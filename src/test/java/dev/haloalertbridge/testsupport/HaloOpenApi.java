package dev.haloalertbridge.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the requests a WireMock Halo received against Halo's own OpenAPI document
 * (the subset of paths the bridge uses, copied into test resources). Token requests are
 * not in that document and are checked by the token tests instead.
 */
public final class HaloOpenApi {

	private static final Map<String, String> TYPE_NAMES = Map.of("bool", "boolean", "int", "integer", "double",
			"number", "List<int>", "string");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode SPEC = load();

	private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
		.createForInlineApiSpecification(JSON.writeValueAsString(SPEC))
		.withBasePathOverride("/api")
		.build();

	private HaloOpenApi() {
	}

	/**
	 * Asserts that every {@code /api} request WireMock recorded conforms to Halo's
	 * OpenAPI document.
	 * @param halo the WireMock server standing in for Halo
	 * @return how many requests were validated
	 */
	public static int assertEveryApiRequestValid(WireMockServer halo) {
		List<LoggedRequest> requests = halo.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/api/.*")));
		for (LoggedRequest request : requests) {
			ValidationReport report = VALIDATOR.validateRequest(toRequest(request));
			// IGNORE-level findings are the validator's own "not checked" notes, such as
			// the
			// third_party_id_string filter, which Halo's newer API document has and this
			// older one lacks.
			assertThat(report.getMessages()).as("%s %s", request.getMethod(), request.getUrl())
				.filteredOn((message) -> message.getLevel() != ValidationReport.Level.IGNORE)
				.isEmpty();
		}
		return requests.size();
	}

	/**
	 * What Halo's document finds wrong with a GET the bridge means to send: the operation
	 * must exist, every query parameter must be declared on it and every value must fit
	 * the declared type. The validator lets undeclared query parameters through, so their
	 * names are checked against the document separately.
	 * @param path the path under {@code /api}, for example {@code /Client}
	 * @param query the query parameters, unencoded
	 * @return the problems found, empty if none
	 */
	public static List<String> problemsWithGet(String path, Map<String, String> query) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder("GET", "/api" + path).withHeader("Authorization",
				"Bearer token-1");
		query.forEach(builder::withQueryParam);
		List<String> problems = new ArrayList<>();
		VALIDATOR.validateRequest(builder.build())
			.getMessages()
			.stream()
			.filter((message) -> message.getLevel() != ValidationReport.Level.IGNORE)
			.forEach((message) -> problems.add(message.getMessage()));
		Set<String> declared = declaredQueryParameters(path);
		query.keySet()
			.stream()
			.filter((name) -> !declared.contains(name))
			.forEach((name) -> problems.add("GET " + path + " declares no query parameter '" + name + "'"));
		return problems;
	}

	private static Set<String> declaredQueryParameters(String path) {
		JsonNode parameters = SPEC.path("paths").path(path).path("get").path("parameters");
		Set<String> names = new HashSet<>();
		StreamSupport.stream(parameters.spliterator(), false)
			.filter((parameter) -> "query".equals(parameter.path("in").asString("")))
			.forEach((parameter) -> names.add(parameter.path("name").asString("")));
		return names;
	}

	private static Request toRequest(LoggedRequest logged) {
		String path = logged.getUrl().split("\\?", 2)[0];
		SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), path);
		for (HttpHeader header : logged.getHeaders().all()) {
			builder.withHeader(header.key(), header.values());
		}
		logged.getQueryParams().forEach((name, value) -> builder.withQueryParam(name, value.values()));
		if (logged.getBodyAsString() != null && !logged.getBodyAsString().isEmpty()) {
			builder.withBody(logged.getBodyAsString());
		}
		return builder.build();
	}

	/**
	 * Halo's document lists some query parameters twice on one operation (for example on
	 * {@code GET /Tickets}), which the validator refuses to load; the repeats are
	 * dropped, nothing else is changed.
	 */
	private static JsonNode load() {
		try (InputStream in = HaloOpenApi.class.getResourceAsStream("/halo/openapi-bridge-subset.json")) {
			JsonNode spec = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			for (JsonNode path : spec.path("paths")) {
				for (JsonNode operation : path) {
					if (operation.path("parameters") instanceof ArrayNode parameters) {
						dropRepeats(parameters);
					}
				}
			}
			fixTypeNames(spec);
			return spec;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fixTypeNames(JsonNode node) {
		if (node instanceof ObjectNode object && object.path("type").isString()) {
			String type = object.path("type").asString();
			String fixed = TYPE_NAMES.get(type);
			if (fixed != null) {
				object.put("type", fixed);
			}
		}
		for (JsonNode child : node) {
			fixTypeNames(child);
		}
	}

	private static void dropRepeats(ArrayNode parameters) {
		Set<String> seen = new HashSet<>();
		for (int i = parameters.size() - 1; i >= 0; i--) {
			JsonNode parameter = parameters.get(i);
			String key = parameter.path("in").asString("") + ":" + parameter.path("name").asString("");
			if (!seen.add(key)) {
				parameters.remove(i);
			}
		}
	}

}
