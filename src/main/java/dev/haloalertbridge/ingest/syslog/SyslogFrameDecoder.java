package dev.haloalertbridge.ingest.syslog;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits a TCP syslog stream into messages, telling the two framings apart frame by frame
 * (RFC 6587): a frame that starts with a digit is octet-counted
 * ({@code <length> <message>}), any other ends at a newline (a message starts with
 * {@code <}). A frame larger than the limit becomes {@link #OVERSIZED} and is skipped
 * without being buffered, so the connection carries on with the next frame. Emits
 * {@link String}s and {@link #OVERSIZED}. One per connection: it holds the state of a
 * frame being skipped.
 */
final class SyslogFrameDecoder extends ByteToMessageDecoder {

	/** Marks a frame skipped for its size. */
	static final Object OVERSIZED = new Object();

	/** Ten digits hold any frame length an int can. */
	private static final int MAX_LENGTH_DIGITS = 10;

	private final int maxSize;

	private long skipBytes;

	private boolean skipLine;

	SyslogFrameDecoder(int maxSize) {
		this.maxSize = maxSize;
	}

	@Override
	protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
		while (skipped(in) && in.isReadable()) {
			byte first = in.getByte(in.readerIndex());
			if (first == '\n' || first == '\r' || first == 0 || first == ' ') {
				in.skipBytes(1);
				continue;
			}
			boolean progress = (first >= '0' && first <= '9') ? octetCounted(in, out) : line(in, out);
			if (!progress) {
				return;
			}
		}
	}

	@Override
	protected void decodeLast(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
		decode(context, in, out);
		if (in.isReadable() && !this.skipLine && this.skipBytes == 0) {
			out.add(in.readCharSequence(in.readableBytes(), StandardCharsets.UTF_8).toString());
		}
	}

	/**
	 * Skips what is left of an oversized frame.
	 * @return whether it is all skipped
	 */
	private boolean skipped(ByteBuf in) {
		if (this.skipBytes > 0) {
			int skip = (int) Math.min(this.skipBytes, in.readableBytes());
			in.skipBytes(skip);
			this.skipBytes -= skip;
		}
		if (this.skipLine) {
			int newline = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
			in.readerIndex((newline < 0) ? in.writerIndex() : newline + 1);
			this.skipLine = newline < 0;
		}
		return this.skipBytes == 0 && !this.skipLine;
	}

	/**
	 * Reads {@code <length> <message>}; digits not followed by a space are no length, and
	 * the frame is read up to its newline instead.
	 * @return false when more bytes are needed
	 */
	private boolean octetCounted(ByteBuf in, List<Object> out) {
		int start = in.readerIndex();
		int digits = 0;
		long length = 0;
		while (digits < in.readableBytes() && digits <= MAX_LENGTH_DIGITS) {
			byte b = in.getByte(start + digits);
			if (b == ' ' && digits > 0) {
				return frame(in, out, digits, length);
			}
			if (b < '0' || b > '9') {
				break;
			}
			length = length * 10 + (b - '0');
			digits++;
		}
		if (digits == in.readableBytes() && digits <= MAX_LENGTH_DIGITS) {
			return false;
		}
		return line(in, out);
	}

	private boolean frame(ByteBuf in, List<Object> out, int digits, long length) {
		if (length > this.maxSize) {
			in.skipBytes(digits + 1);
			this.skipBytes = length;
			out.add(OVERSIZED);
			return true;
		}
		if (in.readableBytes() < digits + 1 + length) {
			return false;
		}
		in.skipBytes(digits + 1);
		out.add(in.readCharSequence((int) length, StandardCharsets.UTF_8).toString());
		return true;
	}

	/**
	 * Reads up to a newline.
	 * @return false when more bytes are needed
	 */
	private boolean line(ByteBuf in, List<Object> out) {
		int start = in.readerIndex();
		int end = Math.min(in.writerIndex(), start + this.maxSize + 1);
		int newline = in.indexOf(start, end, (byte) '\n');
		if (newline >= 0) {
			int length = newline - start;
			if (length > 0 && in.getByte(newline - 1) == '\r') {
				length--;
			}
			out.add(in.readCharSequence(length, StandardCharsets.UTF_8).toString());
			in.readerIndex(newline + 1);
			return true;
		}
		if (in.readableBytes() > this.maxSize) {
			out.add(OVERSIZED);
			in.readerIndex(end);
			this.skipLine = true;
			return true;
		}
		return false;
	}

}
