package dev.haloalertbridge.halo;

import java.util.OptionalLong;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class HaloWireTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> numbers() {
		return Stream.of(Arguments.of("{\"id\": 21}", OptionalLong.of(21)),
				Arguments.of("{\"id\": 21.0}", OptionalLong.of(21)),
				Arguments.of("{\"id\": \"21\"}", OptionalLong.of(21)),
				Arguments.of("{\"id\": \"21.0\"}", OptionalLong.of(21)),
				Arguments.of("{\"id\": \" 21 \"}", OptionalLong.of(21)),
				Arguments.of("{\"id\": 0}", OptionalLong.of(0)), Arguments.of("{\"id\": -3}", OptionalLong.of(-3)),
				Arguments.of("{\"id\": 9007199254740993}", OptionalLong.of(9007199254740993L)),
				Arguments.of("{\"id\": 21.5}", OptionalLong.empty()),
				Arguments.of("{\"id\": \"21.5\"}", OptionalLong.empty()),
				Arguments.of("{\"id\": \"abc\"}", OptionalLong.empty()),
				Arguments.of("{\"id\": \"\"}", OptionalLong.empty()),
				Arguments.of("{\"id\": null}", OptionalLong.empty()),
				Arguments.of("{\"id\": true}", OptionalLong.empty()),
				Arguments.of("{\"id\": [21]}", OptionalLong.empty()),
				Arguments.of("{\"id\": {\"value\": 21}}", OptionalLong.empty()),
				Arguments.of("{\"id\": 92233720368547758070}", OptionalLong.empty()),
				Arguments.of("{}", OptionalLong.empty()));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("numbers")
	void numberReadsWholeNumbersHoweverHaloSpelledThem(String body, OptionalLong expected) {
		JsonNode id = JSON.readTree(body).path("id");
		assertThat(HaloWire.number(id)).isEqualTo(expected);
	}

}
