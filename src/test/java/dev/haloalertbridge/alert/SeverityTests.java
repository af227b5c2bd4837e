package dev.haloalertbridge.alert;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "critical, CRITICAL", "crit, CRITICAL", "fatal, CRITICAL", "emergency, CRITICAL", "emerg, CRITICAL",
			"alert, CRITICAL", "disaster, CRITICAL", "p1, CRITICAL", "high, HIGH", "error, HIGH", "err, HIGH",
			"major, HIGH", "severe, HIGH", "p2, HIGH", "medium, MEDIUM", "warning, MEDIUM", "warn, MEDIUM",
			"moderate, MEDIUM", "average, MEDIUM", "p3, MEDIUM", "low, LOW", "minor, LOW", "notice, LOW", "p4, LOW",
			"info, INFO", "informational, INFO", "information, INFO", "none, INFO", "debug, INFO", "ok, INFO",
			"p5, INFO" })
	void vendorWordMapsToSeverity(String word, Severity expected) {
		assertThat(Severity.parse(word)).contains(expected);
	}

	static Stream<Arguments> differentlyWrittenWords() {
		return Stream.of(Arguments.of("CRITICAL", Severity.CRITICAL), Arguments.of("Warning", Severity.MEDIUM),
				Arguments.of("  error  ", Severity.HIGH), Arguments.of("\tMinor\n", Severity.LOW),
				Arguments.of(" P5", Severity.INFO));
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@MethodSource("differentlyWrittenWords")
	void caseAndSurroundingWhitespaceAreIgnored(String word, Severity expected) {
		assertThat(Severity.parse(word)).contains(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is unknown")
	@ValueSource(strings = { "", "   ", "bogus", "sev1", "p6", "crit ical", "warnings" })
	void unknownWordIsEmpty(String word) {
		assertThat(Severity.parse(word)).isEmpty();
	}

	@ParameterizedTest(name = "{0} has tag {1}")
	@CsvSource({ "CRITICAL, critical", "HIGH, high", "MEDIUM, medium", "LOW, low", "INFO, info" })
	void tagIsTheLowerCaseNameAndParsesBack(Severity severity, String tag) {
		assertThat(severity.tag()).isEqualTo(tag);
		assertThat(Severity.parse(tag)).contains(severity);
	}

}
