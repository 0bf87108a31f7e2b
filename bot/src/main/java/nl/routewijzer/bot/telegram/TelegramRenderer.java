package nl.routewijzer.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.telegram.TelegramMessageSplitter.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The neutral replies as Telegram messages: HTML text, the links as {@code <a href>} lines, long texts split,
 * and the choices of the last reply as an inline keyboard under the last message (the choices of earlier
 * replies are not offered, as in every channel). A choice's value is its callback data.
 */
class TelegramRenderer {

    private static final Logger log = LoggerFactory.getLogger(TelegramRenderer.class);

    /** Telegram's limit for callback data; the route engine's choice values stay within it. */
    static final int MAX_CALLBACK_BYTES = 64;
    /** A longer label does not fit a button on a phone: the choices are then listed in full in the text. */
    static final int MAX_BUTTON_LABEL = 32;
    /** Labels this short, and no more than three of them, share one row ("Ja" "Nee"). */
    private static final int SHORT_LABEL = 12;

    private final TelegramMessageSplitter splitter;
    private final UiText text;

    TelegramRenderer(TelegramMessageSplitter splitter, UiText text) {
        this.splitter = splitter;
        this.text = text;
    }

    /** Where messages go: the chat, and the forum topic when the user wrote in one. */
    record Target(long chatId, Optional<Integer> threadId) {
    }

    List<SendMessage> render(Target target, List<Reply> replies) {
        List<SendMessage> messages = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            boolean last = i == replies.size() - 1;
            List<ReplyChoice> choices = last ? usable(reply.choices()) : List.of();
            List<String> texts = splitter.split(paragraphs(reply, choices));
            if (texts.isEmpty() && !choices.isEmpty()) {
                texts = List.of(TelegramHtml.escape(text.get(UiText.Key.TELEGRAM_CHOOSE)));
            }
            for (int j = 0; j < texts.size(); j++) {
                boolean withKeyboard = last && j == texts.size() - 1 && !choices.isEmpty();
                messages.add(message(target, texts.get(j), withKeyboard ? keyboard(choices) : null));
            }
        }
        return messages;
    }

    private List<List<Line>> paragraphs(Reply reply, List<ReplyChoice> choices) {
        List<List<Line>> paragraphs = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (String line : reply.text().strip().split("\n", -1)) {
            if (line.isBlank()) {
                addIfAny(paragraphs, current);
                current = new ArrayList<>();
            } else {
                current.add(new Line(TelegramHtml.line(line), TelegramHtml.plain(line)));
            }
        }
        addIfAny(paragraphs, current);
        if (choices.stream().anyMatch(c -> c.label().length() > MAX_BUTTON_LABEL)) {
            List<Line> listed = new ArrayList<>();
            for (int n = 0; n < choices.size(); n++) {
                String line = (n + 1) + ". " + choices.get(n).label();
                listed.add(new Line(TelegramHtml.escape(line), TelegramHtml.escape(line)));
            }
            paragraphs.add(listed);
        }
        List<Line> links = new ArrayList<>();
        for (ReplyLink link : reply.links()) {
            TelegramHtml.link(link.title(), link.url())
                    .ifPresent(html -> links.add(new Line("🔗 " + html, "🔗 " + TelegramHtml.escape(link.title()))));
        }
        addIfAny(paragraphs, links);
        return paragraphs;
    }

    private InlineKeyboardMarkup keyboard(List<ReplyChoice> choices) {
        boolean numbered = choices.stream().anyMatch(c -> c.label().length() > MAX_BUTTON_LABEL);
        boolean oneRow = !numbered && choices.size() <= 3 && choices.stream().allMatch(c -> c.label().length() <= SHORT_LABEL);
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (int n = 0; n < choices.size(); n++) {
            ReplyChoice choice = choices.get(n);
            String label = numbered ? (n + 1) + ". " + shortened(choice.label()) : choice.label();
            row.add(InlineKeyboardButton.builder().text(label).callbackData(callbackData(choice)).build());
            if (!oneRow) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** The choices that can be buttons: a value over 64 bytes falls back to the label (typing it selects too). */
    private static List<ReplyChoice> usable(List<ReplyChoice> choices) {
        return choices.stream().filter(c -> {
            boolean fits = fits(c.value()) || fits(c.label());
            if (!fits) {
                log.warn("Choice left out of the Telegram keyboard: value and label over {} bytes", MAX_CALLBACK_BYTES);
            }
            return fits;
        }).toList();
    }

    private static String callbackData(ReplyChoice choice) {
        return fits(choice.value()) ? choice.value() : choice.label();
    }

    private static boolean fits(String data) {
        return !data.isEmpty() && data.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES;
    }

    private static String shortened(String label) {
        int end = label.offsetByCodePoints(0, Math.min(label.codePointCount(0, label.length()), MAX_BUTTON_LABEL - 4));
        return end < label.length() ? label.substring(0, end).strip() + "…" : label;
    }

    private static SendMessage message(Target target, String html, InlineKeyboardMarkup keyboard) {
        return SendMessage.builder().chatId(target.chatId()).messageThreadId(target.threadId().orElse(null))
                .text(html).parseMode(ParseMode.HTML)
                // Previews of routeboek PDFs and websites would bury the answer under pictures.
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard).build();
    }

    private static void addIfAny(List<List<Line>> paragraphs, List<Line> lines) {
        if (!lines.isEmpty()) {
            paragraphs.add(lines);
        }
    }
}
