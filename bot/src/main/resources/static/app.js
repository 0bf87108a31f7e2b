// Routewijzer web chat: talks to the chat API (docs/chat-api.md). No framework, no build step.
(() => {
  "use strict";
  const STORAGE_KEY = "routewijzer.conversationId";
  const list = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  let busy = false;

  function newConversationId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function conversationId() {
    let id = localStorage.getItem(STORAGE_KEY);
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      id = newConversationId();
      localStorage.setItem(STORAGE_KEY, id);
    }
    return id;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function inline(text) {
    return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  }

  // Light Markdown of the API: **bold**, "- " bullets, "1. " numbered lines, blank line = paragraph.
  function render(text) {
    return text.split(/\n\s*\n/).map((block) => {
      const lines = block.split("\n");
      let html = "";
      let open = null;
      let para = [];
      const flushPara = () => { if (para.length) { html += "<p>" + para.join("<br>") + "</p>"; para = []; } };
      const close = () => { if (open) { html += "</" + open + ">"; open = null; } };
      for (const line of lines) {
        const bullet = line.match(/^\s*-\s+(.*)$/);
        const number = line.match(/^\s*(\d+)\.\s+(.*)$/);
        if (bullet || number) {
          flushPara();
          const kind = bullet ? "ul" : "ol";
          if (open !== kind) { close(); html += kind === "ol" ? '<ol start="' + number[1] + '">' : "<ul>"; open = kind; }
          html += "<li>" + inline(bullet ? bullet[1] : number[2]) + "</li>";
        } else {
          close();
          para.push(inline(line));
        }
      }
      flushPara();
      close();
      return html;
    }).join("");
  }

  function addUser(text) {
    const item = document.createElement("li");
    item.className = "message user";
    item.textContent = text;
    list.appendChild(item);
  }

  function disableOldChoices() {
    list.querySelectorAll(".choice:not(:disabled)").forEach((b) => { b.disabled = true; });
  }

  function addBot(reply, isLast) {
    const item = document.createElement("li");
    item.className = "message bot";
    item.innerHTML = render(reply.text || "");
    if (reply.links && reply.links.length) {
      const box = document.createElement("div");
      box.className = "links";
      box.innerHTML = "<h2>Links</h2>";
      const ul = document.createElement("ul");
      for (const link of reply.links) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = link.url;
        a.textContent = link.title;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        li.appendChild(a);
        ul.appendChild(li);
      }
      box.appendChild(ul);
      item.appendChild(box);
    }
    // The choices offered are those of the last reply (chat API contract).
    if (isLast && reply.choices && reply.choices.length) {
      const group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Kies een antwoord");
      for (const choice of reply.choices) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "choice";
        button.textContent = choice.label;
        button.addEventListener("click", () => {
          if (busy) return;
          button.classList.add("chosen");
          send(choice.value, choice.label);
        });
        group.appendChild(button);
      }
      item.appendChild(group);
    }
    list.appendChild(item);
    return item;
  }

  function addError(text) {
    const item = document.createElement("li");
    item.className = "message bot error";
    item.textContent = text;
    list.appendChild(item);
  }

  async function send(value, shown) {
    if (busy) return;
    busy = true;
    disableOldChoices();
    if (shown !== null) addUser(shown);
    try {
      const response = await fetch("api/chat/" + encodeURIComponent(conversationId()) + "/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: value }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        addError(body.error || "Er ging iets mis. Probeer het opnieuw.");
        return;
      }
      const replies = body.replies || [];
      let last = null;
      replies.forEach((reply, i) => { last = addBot(reply, i === replies.length - 1); });
      const firstChoice = last && last.querySelector(".choice");
      (firstChoice || input).focus({ preventScroll: true });
      (last || list.lastElementChild).scrollIntoView({ block: "start", behavior: "smooth" });
    } catch (e) {
      addError("De verbinding met Routewijzer is weg. Controleer je internet en probeer het opnieuw.");
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });

  document.querySelectorAll("[data-send]").forEach((button) => {
    button.addEventListener("click", () => send(button.dataset.send, button.textContent));
  });

  document.getElementById("forget").addEventListener("click", async () => {
    await send("/vergeet", "Wis gesprek");
    localStorage.removeItem(STORAGE_KEY);
  });

  // A known conversation continues where it was; a new one starts with the welcome.
  const known = localStorage.getItem(STORAGE_KEY) !== null;
  send(known ? "/verder" : "/start", null);
})();
