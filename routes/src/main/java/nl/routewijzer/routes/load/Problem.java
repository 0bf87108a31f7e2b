package nl.routewijzer.routes.load;

/**
 * One thing wrong with a route file: where it is, what is wrong and how to fix it.
 *
 * @param line 1-based line in the file, or 0 when the problem has no single place
 * @param node the node id, or empty for the file's top level
 */
public record Problem(String file, int line, String node, String message, String fix) {

    @Override
    public String toString() {
        String place = line > 0 ? file + ":" + line : file;
        String where = node.isEmpty() ? "" : " node '" + node + "'";
        return place + where + ": " + message + " Fix: " + fix;
    }
}
