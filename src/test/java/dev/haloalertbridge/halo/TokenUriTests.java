package dev.haloalertbridge.halo;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenUriTests {

	@ParameterizedTest(name = "{0} with tenant \"{1}\" -> {2}")
	@CsvSource(delimiter = '|', value = {
			"https://acme.halopsa.com/auth/ | acme | https://acme.halopsa.com/auth/token?tenant=acme",
			"https://acme.halopsa.com/auth | acme | https://acme.halopsa.com/auth/token?tenant=acme",
			"https://acme.halopsa.com/auth// | acme | https://acme.halopsa.com/auth/token?tenant=acme",
			"https://acme.halopsa.com/auth/?stale=1 | acme | https://acme.halopsa.com/auth/token?tenant=acme",
			"https://uk-trial.halopsa.com | T | https://uk-trial.halopsa.com/token?tenant=T",
			"https://uk-trial.halopsa.com/ | T | https://uk-trial.halopsa.com/token?tenant=T",
			"https://uk-trial.halopsa.com// | T | https://uk-trial.halopsa.com/token?tenant=T",
			"https://acme.halopsa.com/auth/ | '  acme  ' | https://acme.halopsa.com/auth/token?tenant=acme",
			"https://acme.halopsa.com/auth/ | '' | https://acme.halopsa.com/auth/token",
			"https://acme.halopsa.com/auth/ | '   ' | https://acme.halopsa.com/auth/token",
			"https://acme.halopsa.com/auth/ | Not set | https://acme.halopsa.com/auth/token",
			"https://acme.halopsa.com/auth/ | NOT SET | https://acme.halopsa.com/auth/token",
			"https://acme.halopsa.com/auth/ | not set | https://acme.halopsa.com/auth/token",
			"https://acme.halopsa.com/auth/ | '  Not set  ' | https://acme.halopsa.com/auth/token",
			"https://support.example.com/auth/ | Not set | https://support.example.com/auth/token",
			"http://halo.example.com:8080/auth/ | Not set | http://halo.example.com:8080/auth/token",
			"http://halo.example.com:8080/halo/auth | acme | http://halo.example.com:8080/halo/auth/token?tenant=acme",
			"https://acme.halopsa.com/auth/ | a b | https://acme.halopsa.com/auth/token?tenant=a%20b",
			"https://acme.halopsa.com/auth/ | a&b | https://acme.halopsa.com/auth/token?tenant=a%26b",
			"https://acme.halopsa.com/auth/ | ä | https://acme.halopsa.com/auth/token?tenant=%C3%A4" })
	void tokenUriIsTheServerPathPlusTokenAndTheTenant(String authorizationServer, String tenant, String expected) {
		assertThat(TokenUri.of(URI.create(authorizationServer), tenant)).isEqualTo(URI.create(expected));
	}

}
