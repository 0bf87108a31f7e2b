package nl.routewijzer.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Answers text that is neither a command nor a choice: a free question to the knowledge base. */
public interface FreeQuestionAnswerer {

    /**
     * @param routeId the active route, whose samenwerkingsverband's documents are preferred
     * @return at most three replies, the best answer first; never empty (an honest "not found" is an answer)
     */
    Answer answer(String question, Optional<String> routeId);

    /** The replies, and whether any of them answered the question well. */
    record Answer(List<Reply> replies, boolean found) {
        public Answer {
            replies = List.copyOf(replies);
        }
    }
}
