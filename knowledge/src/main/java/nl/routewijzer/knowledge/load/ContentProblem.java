package nl.routewijzer.knowledge.load;

/** One thing wrong with a knowledge file, and how to fix it. */
public record ContentProblem(String file, String where, String message, String fix) {

    @Override
    public String toString() {
        return file + (where.isEmpty() ? "" : " " + where) + ": " + message + " Fix: " + fix;
    }
}
