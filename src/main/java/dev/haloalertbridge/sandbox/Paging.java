package dev.haloalertbridge.sandbox;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Halo's list paging: {@code pageinate=true&page_size=N&page_no=P} (1-based; the
 * misspelling is Halo's), or {@code count=N} for the first N items. {@code record_count}
 * is the number of matches before paging, so clients can work out the page count.
 *
 * @param paginate whether paging was asked for
 * @param pageSize items per page
 * @param pageNo the page, from 1
 * @param count the cap without paging, 0 for none
 */
record Paging(boolean paginate, int pageSize, int pageNo, int count) {

	private static final int DEFAULT_PAGE_SIZE = 50;

	static Paging from(ServerRequest request) {
		return new Paging(request.queryParam("pageinate").map(Boolean::parseBoolean).orElse(false),
				intParam(request, "page_size", DEFAULT_PAGE_SIZE), intParam(request, "page_no", 1),
				intParam(request, "count", 0));
	}

	ObjectNode wrap(String key, List<? extends JsonNode> matches) {
		List<? extends JsonNode> page = page(matches);
		ObjectNode body = Json.object();
		body.put("page_no", this.paginate ? this.pageNo : 1);
		body.put("page_size", this.paginate ? this.pageSize : page.size());
		body.put("record_count", this.paginate ? matches.size() : page.size());
		body.set(key, Json.array(page));
		return body;
	}

	private List<? extends JsonNode> page(List<? extends JsonNode> matches) {
		if (this.paginate) {
			long skip = (long) Math.max(0, this.pageNo - 1) * Math.max(1, this.pageSize);
			return matches.stream().skip(skip).limit(Math.max(1, this.pageSize)).toList();
		}
		return (this.count > 0) ? matches.stream().limit(this.count).toList() : matches;
	}

	private static int intParam(ServerRequest request, String name, int fallback) {
		return request.queryParam(name).flatMap(Json::parse).map(Long::intValue).orElse(fallback);
	}

}
