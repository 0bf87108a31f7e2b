package nl.routewijzer.routes.model;

/** A page where the route ends, with the source's own closing text ("Einde: ..."). */
public record End(String id, Page page, String endText) implements Node {
}
