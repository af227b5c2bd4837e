package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SourceCredentialsTests {

	private static final String TOKEN = "tok-8f3a1c";

	private static final String PASSWORD = "pw-71d2e9";

	private final SourceCredentials bearer = new SourceCredentials(TOKEN, "", "");

	private final SourceCredentials basic = new SourceCredentials("", "alertmanager", PASSWORD);

	private final SourceCredentials both = new SourceCredentials(TOKEN, "alertmanager", PASSWORD);

	@ParameterizedTest(name = "\"{0}\" accepted: {1}")
	@CsvSource(delimiter = '|',
			value = { "Bearer tok-8f3a1c | true", "bearer tok-8f3a1c | true", "BEARER tok-8f3a1c | true",
					"Bearer  tok-8f3a1c  | true", "Bearer tok-8f3a1d | false", "Bearer tok-8f3a1 | false",
					"Bearer tok-8f3a1c0 | false", "Bearer | false", "'' | false", "tok-8f3a1c | false",
					"Token tok-8f3a1c | false" })
	void bearerTokenMustMatch(String authorization, boolean accepted) {
		assertThat(this.bearer.accepts(authorization)).isEqualTo(accepted);
	}

	@ParameterizedTest(name = "basic {0} accepted: {1}")
	@CsvSource(delimiter = '|',
			value = { "alertmanager:pw-71d2e9 | true", "grafana:pw-71d2e9 | false", "alertmanager:pw-71d2e8 | false",
					"alertmanager: | false", ":pw-71d2e9 | false", "alertmanagerpw-71d2e9 | false",
					"alertmanager:pw-71d2e9: | false", "Alertmanager:pw-71d2e9 | false" })
	void basicUserAndPasswordMustBothMatch(String userAndPassword, boolean accepted) {
		assertThat(this.basic.accepts(basic(userAndPassword))).isEqualTo(accepted);
	}

	@Test
	void basicPasswordMayContainAColon() {
		SourceCredentials credentials = new SourceCredentials("", "alertmanager", "pass:word");
		assertThat(credentials.accepts(basic("alertmanager:pass:word"))).isTrue();
	}

	@Test
	void basicSchemeIsCaseInsensitive() {
		String encoded = basic("alertmanager:" + PASSWORD).substring("Basic ".length());
		assertThat(this.basic.accepts("basic " + encoded)).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\" refused")
	@ValueSource(strings = { "Basic !!!not-base64!!!", "Basic", "Basic ", "Basic YWxlcnRtYW5hZ2Vy:cHc=" })
	void malformedBasicIsRefused(String authorization) {
		assertThat(this.basic.accepts(authorization)).isFalse();
	}

	@Test
	void schemeThatIsNotConfiguredIsRefused() {
		assertThat(this.bearer.accepts(basic("alertmanager:" + PASSWORD))).isFalse();
		assertThat(this.basic.accepts("Bearer " + PASSWORD)).isFalse();
		assertThat(this.basic.accepts("Bearer alertmanager")).isFalse();
	}

	@Test
	void eitherSchemeIsAcceptedWhenBothAreConfigured() {
		assertThat(this.both.accepts("Bearer " + TOKEN)).isTrue();
		assertThat(this.both.accepts(basic("alertmanager:" + PASSWORD))).isTrue();
		assertThat(this.both.accepts("Bearer " + PASSWORD)).isFalse();
	}

	@ParameterizedTest(name = "scheme \"{0}\" refused")
	@CsvSource({ "Digest", "Negotiate", "ApiKey", "Bearer-Token" })
	void unknownSchemeIsRefused(String scheme) {
		assertThat(this.both.accepts(scheme + " " + TOKEN)).isFalse();
	}

	@ParameterizedTest(name = "token \"{0}\", user \"{1}\", password \"{2}\" rejected")
	@CsvSource({ "'', '', ''", "' ', '', ''", "'', alertmanager, ''", "'', '', pw", "'', ' ', pw",
			"'', alertmanager, '  '" })
	void credentialsWithNeitherTokenNorUserAndPasswordAreRejected(String token, String user, String password) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SourceCredentials(token, user, password))
			.withMessageContaining("needs a token, or a username and a password");
	}

	@Test
	void toStringNeverShowsTheTokenOrPassword() {
		assertThat(this.both.toString()).doesNotContain(TOKEN, PASSWORD).contains("<secret>");
		assertThat(this.bearer.toString()).doesNotContain(TOKEN);
		assertThat(this.basic.toString()).doesNotContain(PASSWORD);
	}

	@Test
	void basicIsRefusedWhenOnlyAUsernameIsConfiguredBesideAToken() {
		SourceCredentials credentials = new SourceCredentials(TOKEN, "alertmanager", "");
		assertThat(credentials.accepts(basic("alertmanager:"))).isFalse();
		assertThat(credentials.accepts("Bearer " + TOKEN)).isTrue();
	}

	private static String basic(String userAndPassword) {
		return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
	}

}
