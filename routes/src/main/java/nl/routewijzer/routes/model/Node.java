package nl.routewijzer.routes.model;

import java.util.List;

/** One page of a route. The kind decides how the route goes on from it. */
public sealed interface Node permits Question, Step, End {

    String id();

    Page page();

    /** The ways on from this node, in display order; empty for an end. */
    default List<Choice> choices() {
        return List.of();
    }
}
