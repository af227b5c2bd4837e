package dev.haloalertbridge.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressRangeTests {

	@ParameterizedTest(name = "{0} contains {1}: {2}")
	@CsvSource(textBlock = """
			192.0.2.10,       192.0.2.10,    true
			192.0.2.10,       192.0.2.11,    false
			192.0.2.0/24,     192.0.2.200,   true
			192.0.2.0/24,     192.0.3.1,     false
			10.0.0.0/9,       10.127.0.1,    true
			10.0.0.0/9,       10.128.0.1,    false
			0.0.0.0/0,        203.0.113.1,   true
			2001:db8::/32,    2001:db8:1::5, true
			2001:db8::/32,    2001:db9::5,   false
			2001:db8::10,     2001:db8::10,  true
			::/0,             192.0.2.1,     false
			127.0.0.1,        ::1,           false
			""")
	void matchesByPrefix(String range, String sender, boolean contained) {
		assertThat(AddressRange.parse(range).contains(AddressRange.literal(sender))).isEqualTo(contained);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "fw.example.com", "1234", "192.0.2.0/33", "2001:db8::/129", "192.0.2.0/x", "192.0.2.0/-1" })
	void refusesWhatIsNotALiteralRange(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse(text));
	}

}
