package nl.routewijzer.bot.conversation;

import static nl.routewijzer.bot.conversation.UiText.Key.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.routes.engine.ChoiceMatcher;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.engine.Selection;
import nl.routewijzer.routes.model.Choice;
import nl.routewijzer.routes.model.Route;

/**
 * Decides what a message does, without side effects: a command, a choice of the current step, or a free
 * question. Pure, so the service can run it again after losing an optimistic-locking race.
 */
final class TurnPlanner {

    private final RouteEngine engine;
    private final StepRenderer steps;
    private final FreeQuestionAnswerer answerer;
    private final UiText text;
    private final ChoiceMatcher matcher = new ChoiceMatcher();

    TurnPlanner(RouteEngine engine, StepRenderer steps, FreeQuestionAnswerer answerer, UiText text) {
        this.engine = engine;
        this.steps = steps;
        this.answerer = answerer;
        this.text = text;
    }

    Turn plan(Optional<RouteState> route, String message) {
        Optional<Command> command = Command.parse(message);
        if (command.isPresent()) {
            return command(route, command.get());
        }
        if (route.isEmpty()) {
            return withoutRoute(message);
        }
        RouteState state = route.get();
        return switch (engine.select(state, message)) {
            case Selection.Chosen chosen -> Turn.save(Optional.of(chosen.state()), steps.step(chosen.state()));
            case Selection.Stale stale -> Turn.keep(route, prefixed(text.get(STALE_BUTTON), steps.step(state)));
            case Selection.NoMatch noMatch -> engine.strayNumber(message)
                    .map(n -> Turn.keep(route, List.of(new Reply(text.get(NUMBER_OUT_OF_RANGE, steps.choices(state).size()),
                            steps.choices(state), List.of()))))
                    .orElseGet(() -> freeQuestion(route, message));
        };
    }

    /** A reply for a message that cannot be handled (empty, too long), keeping the user's place. */
    Turn notice(Optional<RouteState> route, String notice) {
        return Turn.keep(route, List.of(new Reply(notice, currentChoices(route), List.of())));
    }

    private Turn command(Optional<RouteState> route, Command command) {
        return switch (command) {
            case Command.Menu menu -> Turn.keep(route, List.of(menu(route, text.get(WELCOME))));
            case Command.StartRoute start -> engine.start(start.routeId())
                    .map(s -> Turn.save(Optional.of(s), prefixed(steps.intro(engine.route(s)), steps.step(s))))
                    .orElseGet(() -> Turn.keep(route, List.of(menu(route, text.get(UNKNOWN_ROUTE)))));
            case Command.Back back -> route.map(s -> engine.back(s)
                            .map(previous -> Turn.save(Optional.of(previous), steps.step(previous)))
                            .orElseGet(() -> Turn.keep(route, prefixed(text.get(FIRST_STEP_ALREADY), steps.step(s)))))
                    .orElseGet(this::noRoute);
            case Command.Restart restart -> route.map(s -> {
                RouteState fresh = engine.restart(s);
                return Turn.save(Optional.of(fresh), prefixed(text.get(RESTARTED), steps.step(fresh)));
            }).orElseGet(this::noRoute);
            case Command.ShowSummary summary -> route
                    .map(s -> Turn.keep(route, List.of(steps.summary(s).withChoices(steps.choices(s)))))
                    .orElseGet(this::noRoute);
            case Command.Help help -> Turn.keep(route, List.of(new Reply(text.get(HELP), currentChoices(route), List.of())));
            case Command.Forget forget -> new Turn(Optional.empty(), List.of(menu(Optional.empty(), text.get(FORGOTTEN))),
                    Turn.Effect.FORGET);
            case Command.Resume resume -> route.map(s -> Turn.keep(route, steps.step(s)))
                    .orElseGet(() -> Turn.keep(route, List.of(menu(route, text.get(WELCOME)))));
        };
    }

    private Turn withoutRoute(String message) {
        List<Route> routes = List.copyOf(engine.catalog().routes());
        List<Choice> menuChoices = routes.stream().map(r -> new Choice(menuLabel(r), r.id())).toList();
        OptionalInt picked = matcher.match(message, menuChoices);
        if (picked.isPresent()) {
            return command(Optional.empty(), new Command.StartRoute(routes.get(picked.getAsInt()).id()));
        }
        return freeQuestion(Optional.empty(), message);
    }

    private Turn freeQuestion(Optional<RouteState> route, String question) {
        FreeQuestionAnswerer.Answer answer = answerer.answer(question, route.map(RouteState::routeId));
        List<Reply> replies = new ArrayList<>(answer.replies());
        if (route.isPresent()) {
            RouteState state = route.get();
            replies.add(new Reply(text.get(BACK_TO_ROUTE, steps.shortForm(state)), steps.choices(state), List.of()));
        } else {
            Reply last = replies.removeLast();
            replies.add(last.withChoices(menuChoices()));
        }
        return new Turn(route, replies, Turn.Effect.KEEP, Optional.of(answer.found()));
    }

    private Turn noRoute() {
        return Turn.keep(Optional.empty(), List.of(menu(Optional.empty(), text.get(NO_ROUTE_ACTIVE))));
    }

    private Reply menu(Optional<RouteState> route, String intro) {
        List<ReplyChoice> choices = new ArrayList<>();
        route.ifPresent(r -> choices.add(new ReplyChoice(text.get(MENU_RESUME), "/verder")));
        choices.addAll(menuChoices());
        return new Reply(intro, choices, List.of());
    }

    private List<ReplyChoice> menuChoices() {
        return engine.catalog().routes().stream().map(r -> new ReplyChoice(menuLabel(r), "/start " + r.id())).toList();
    }

    private List<ReplyChoice> currentChoices(Optional<RouteState> route) {
        return route.map(steps::choices).orElseGet(this::menuChoices);
    }

    /** "VO · SWV Zuid-Holland West": the school type and the samenwerkingsverband, without its towns. */
    static String menuLabel(Route route) {
        return route.schoolType() + " · " + TOWNS.matcher(route.region()).replaceFirst("");
    }

    private static final java.util.regex.Pattern TOWNS = java.util.regex.Pattern.compile("\\s*\\(.*\\)\\s*$");

    private static List<Reply> prefixed(String notice, List<Reply> replies) {
        return prefixed(Reply.text(notice), replies);
    }

    private static List<Reply> prefixed(Reply first, List<Reply> replies) {
        List<Reply> all = new ArrayList<>();
        all.add(first);
        all.addAll(replies);
        return all;
    }
}
