package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.mapping.TicketTarget;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Resolves the names in ticket targets through Halo's lists, each read once and kept in a
 * Caffeine cache that re-reads it in the background every
 * {@code bridge.mapping.lookup-refresh}: a mapped alert costs no lookup call in the
 * steady state, and while Halo cannot be read the last answer stays in use. A target
 * given by ids needs no list at all.
 */
@Component
class RouteResolver {

	private final AsyncLoadingCache<Lookup, List<HaloRecord>> lists;

	RouteResolver(HaloApi halo, MappingProperties properties, Clock clock) {
		this.lists = Caffeine.newBuilder()
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.refreshAfterWrite(properties.lookupRefresh())
			.buildAsync((lookup, executor) -> halo.lookup(lookup).toFuture());
	}

	/**
	 * Resolves a target, reading the lists it needs if they are not cached.
	 * @param target the target
	 * @return the route; an {@link UnresolvedRouteException} when a name does not resolve
	 * (the lists it was resolved against are read again next time), or the Halo failure
	 * that kept a list from being read
	 */
	Mono<TicketRoute> resolve(TicketTarget target) {
		Set<Lookup> needs = RouteNames.needs(target);
		return Flux.fromIterable(needs)
			.concatMap((lookup) -> Mono.fromFuture(this.lists.get(lookup)).map((list) -> Map.entry(lookup, list)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map((lists) -> RouteNames.resolve(target, lists))
			.flatMap((resolution) -> {
				if (resolution.route().isPresent()) {
					return Mono.just(resolution.route().get());
				}
				needs.forEach(this.lists.synchronous()::invalidate);
				return Mono.error(new UnresolvedRouteException(resolution.problems()));
			});
	}

	/**
	 * Resolves a target from the cached lists only, never calling Halo.
	 * @param target the target
	 * @return the route, or the problems, a list not read yet among them
	 */
	RouteNames.Resolution cached(TicketTarget target) {
		Map<Lookup, List<HaloRecord>> lists = new EnumMap<>(Lookup.class);
		for (Lookup lookup : RouteNames.needs(target)) {
			CompletableFuture<List<HaloRecord>> list = this.lists.getIfPresent(lookup);
			if (list != null && list.isDone() && !list.isCompletedExceptionally()) {
				lists.put(lookup, list.join());
			}
		}
		return RouteNames.resolve(target, lists);
	}

}
