/**
 * The Microsoft Teams channel: the Bot Framework endpoint {@code POST /api/messages}, on only when an app id is
 * configured (or, for the local Emulator, when unauthenticated use is allowed explicitly). It translates between
 * Bot Framework activities and the neutral conversation: a message, a press on an Adaptive Card button or a
 * welcome goes in as text, the replies come out as Adaptive Cards posted to the activity's serviceUrl. The
 * retired Bot Framework SDK for Java stays inside this package, so that it can be replaced without touching the
 * rest of the bot.
 */
package nl.routewijzer.bot.teams;
