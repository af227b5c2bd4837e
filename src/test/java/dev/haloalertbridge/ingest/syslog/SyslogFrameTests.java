package dev.haloalertbridge.ingest.syslog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SyslogFrameTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'',
			textBlock = """
					rfc3164 bare body          | '<129>id=firewall sn=1'                                        | 129 | 1 | ''        | 'id=firewall sn=1'
					rfc3164 timestamp and host | '<13>Mar  8 13:22:41 fw01 id=firewall sn=1'                    | 13  | 5 | fw01      | 'id=firewall sn=1'
					rfc3164 iso time and host  | '<13>2026-03-08T13:22:41Z fw01 a=b'                            | 13  | 5 | fw01      | a=b
					rfc3164 trailing crlf      | '<0>a=b\r\n'                                                   | 0   | 0 | ''        | a=b
					rfc5424 nil sd             | '<134>1 2026-03-08T13:41:10Z fw-globex-01 - - - - id=firewall' | 134 | 6 | fw-globex-01 | id=firewall
					rfc5424 nil host           | '<134>1 - - - - - - a=b'                                       | 134 | 6 | ''        | a=b
					rfc5424 sd with escapes    | '<165>1 2026-03-08T13:41:10Z h app 12 ID47 [ex@1 a="x\\]y" b="\\"q"][b@2 c="d"] a=b' | 165 | 5 | h | a=b
					rfc5424 bom before msg     | '<165>1 - h - - - - BOMa=b'                                     | 165 | 5 | h         | a=b
					rfc5424 no msg             | '<165>1 - h - - - -'                                           | 165 | 5 | h         | ''
					""")
	void readsPriorityHostAndBody(String name, String message, int priority, int severity, String host, String body) {
		SyslogFrame frame = SyslogFrame.parse(message.replace("\\r\\n", "\r\n").replace("BOM", "\uFEFF"));
		assertThat(frame.priority()).isEqualTo(priority);
		assertThat(frame.severityCode()).isEqualTo(severity);
		assertThat(frame.host()).isEqualTo(host);
		assertThat(frame.body()).isEqualTo(body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "id=firewall", "<>a=b", "<192>a=b", "<01>a=b", "<1a>a=b", "<1234>a=b", "<12",
			"<134>1 2026 h", "<134>1 a b c d e [x", "<134>1 a b c d e x" })
	void refusesWhatIsNotSyslog(String message) {
		assertThatExceptionOfType(SyslogParseException.class).isThrownBy(() -> SyslogFrame.parse(message));
	}

}
