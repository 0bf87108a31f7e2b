package nl.routewijzer.routes.load;

/** The text of one route file and the name it is reported under. */
public record RouteSource(String fileName, String yaml) {
}
