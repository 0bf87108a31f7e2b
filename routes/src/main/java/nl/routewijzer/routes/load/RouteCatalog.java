package nl.routewijzer.routes.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.routewijzer.routes.model.Route;

/** All routes, validated together: either every route is sound, or none is served. */
public final class RouteCatalog {

    private final Map<String, Route> routes;

    private RouteCatalog(Map<String, Route> routes) {
        this.routes = routes;
    }

    /**
     * Reads and validates every source.
     *
     * @throws InvalidRoutesException listing every problem of every file, when there is any
     */
    public static RouteCatalog load(Collection<RouteSource> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Route> routes = new LinkedHashMap<>();
        RouteFileReader reader = new RouteFileReader();
        RouteValidator validator = new RouteValidator();
        for (RouteSource source : sources) {
            RouteFileReader.Result result = reader.read(source);
            problems.addAll(result.problems());
            result.route().ifPresent(route -> {
                problems.addAll(validator.validate(route, result.sourceMap()));
                if (routes.putIfAbsent(route.id(), route) != null) {
                    problems.add(new Problem(source.fileName(), 0, "", "Route id '" + route.id() + "' is used twice.",
                            "give every route file its own id"));
                }
            });
        }
        if (sources.isEmpty()) {
            problems.add(new Problem("routes/", 0, "", "No route files were found.", "add routes/<route-id>.yaml"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoutesException(problems);
        }
        return new RouteCatalog(routes);
    }

    public Optional<Route> route(String id) {
        return Optional.ofNullable(routes.get(id));
    }

    public Collection<Route> routes() {
        return routes.values();
    }
}
