package nl.routewijzer.bot.config;

import java.time.Clock;
import java.util.Optional;
import nl.routewijzer.bot.conversation.ConversationListener;
import nl.routewijzer.bot.conversation.ConversationProperties;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.FreeQuestionAnswerer;
import nl.routewijzer.bot.conversation.StepRenderer;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.routes.engine.RouteEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the channel-neutral conversation. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    UiText uiText() {
        return new UiText();
    }

    @Bean
    StepRenderer stepRenderer(RouteEngine engine, UiText text) {
        return new StepRenderer(engine, text);
    }

    @Bean
    ConversationService conversationService(ConversationStore store, RouteEngine engine, StepRenderer steps,
                                            FreeQuestionAnswerer answerer, UiText text,
                                            ConversationProperties properties,
                                            ObjectProvider<ConversationListener> listener) {
        return new ConversationService(store, engine, steps, answerer, text, properties,
                Optional.ofNullable(listener.getIfAvailable()).orElse(ConversationListener.NONE));
    }
}
