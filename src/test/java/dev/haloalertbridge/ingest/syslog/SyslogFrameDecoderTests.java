package dev.haloalertbridge.ingest.syslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyslogFrameDecoderTests {

	private static final String HUGE = "<129>" + "x".repeat(100);

	@Test
	void newlineFramesEndAtTheNewlineWithoutCarriageReturn() {
		assertThat(decode(32, "<1>a=1\n<2>b=2\r\n<3>c")).containsExactly("<1>a=1", "<2>b=2", "<3>c");
	}

	@Test
	void octetCountedFramesMayHoldNewlines() {
		assertThat(decode(32, "6 <1>a\nb6 <2>c=2")).containsExactly("<1>a\nb", "<2>c=2");
	}

	@Test
	void framingIsDetectedPerFrame() {
		assertThat(decode(32, "5 <1>a=<2>b\n\n5 <3>c=")).containsExactly("<1>a=", "<2>b", "<3>c=");
	}

	@Test
	void digitsWithoutASpaceAreALine() {
		assertThat(decode(32, "123abc\n12345678901234 x\n")).containsExactly("123abc", "12345678901234 x");
	}

	@Test
	void oversizedFramesAreSkippedAndTheNextOneRead() {
		assertThat(decode(32, HUGE + "\n<1>a\n105 " + HUGE + "<2>b\n")).containsExactly("OVERSIZED", "<1>a",
				"OVERSIZED", "<2>b");
	}

	@Test
	void framesSplitAcrossReadsAreJoined() {
		EmbeddedChannel channel = new EmbeddedChannel(new SyslogFrameDecoder(32));
		String stream = "8 <1>a=1 2\n<2>b=2\n" + HUGE + "\n<3>c\n";
		for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
			channel.writeInbound(Unpooled.wrappedBuffer(new byte[] { b }));
		}
		channel.finish();
		assertThat(drain(channel)).containsExactly("<1>a=1 2", "<2>b=2", "OVERSIZED", "<3>c");
	}

	private static List<String> decode(int maxSize, String stream) {
		EmbeddedChannel channel = new EmbeddedChannel(new SyslogFrameDecoder(maxSize));
		channel.writeInbound(Unpooled.copiedBuffer(stream, StandardCharsets.UTF_8));
		channel.finish();
		return drain(channel);
	}

	private static List<String> drain(EmbeddedChannel channel) {
		List<String> frames = new ArrayList<>();
		for (Object frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
			frames.add((frame == SyslogFrameDecoder.OVERSIZED) ? "OVERSIZED" : (String) frame);
		}
		return frames;
	}

}
