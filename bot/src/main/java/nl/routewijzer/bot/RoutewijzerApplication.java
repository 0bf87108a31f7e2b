package nl.routewijzer.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Routewijzer: the routeboek verzuim en thuiszitters as a chat bot in the web, Telegram and Teams. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RoutewijzerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutewijzerApplication.class, args);
    }
}
