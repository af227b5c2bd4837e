package dev.haloalertbridge.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretTests {

	private final Secret secret = new Secret("s3cr3t-value");

	@Test
	void toStringHidesTheValue() {
		assertThat(this.secret).hasToString("<secret>");
		assertThat(String.valueOf(new Holder(this.secret))).doesNotContain("s3cr3t-value");
	}

	@Test
	void matchesTheSameValue() {
		assertThat(this.secret.matches("s3cr3t-value")).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\" does not match")
	@ValueSource(strings = { "", "s3cr3t", "s3cr3t-valu", "s3cr3t-value ", "S3CR3T-VALUE", "s3cr3t-valuf",
			"s3cr3t-value-and-more" })
	void doesNotMatchAnyOtherValue(String presented) {
		assertThat(this.secret.matches(presented)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\" rejected")
	@ValueSource(strings = { "", " ", "\t\n" })
	void blankSecretIsRejected(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Secret(value));
	}

	private record Holder(Secret secret) {

	}

}
