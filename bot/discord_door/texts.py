"""The door's own words (the engine writes the answers): short notices in German and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cooldown": {
        "de": "Nicht so schnell – versuch es in {seconds} s noch einmal.",
        "en": "Not so fast – try again in {seconds} s.",
    },
    "error": {
        "de": "Da ist etwas schiefgegangen. Der Fehler ist protokolliert – versuch es gleich "
        "noch einmal.",
        "en": "Something went wrong. The error has been logged – please try again in a moment.",
    },
    "not_owner": {
        "de": "Das dürfen nur die Betreiber dieses Bots.",
        "en": "Only the operators of this bot may do that.",
    },
    "not_allowed": {
        "de": "Das geht hier leider nicht.",
        "en": "Sorry, that is not possible here.",
    },
    "channel_not_allowed": {
        "de": "In diesem Kanal antworte ich nicht – frag mich bitte in einem der freigegebenen "
        "Kanäle oder per Direktnachricht.",
        "en": "I don't answer in this channel – please ask in one of the allowed channels or "
        "in a direct message.",
    },
    "usage": {
        "de": "So verstehe ich das nicht. `{prefix}hilfe` zeigt alle Befehle.",
        "en": "I don't understand that. `{prefix}help` lists all commands.",
    },
    "unknown_slash": {
        "de": "Diesen Befehl kenne ich nicht (mehr). Die Betreiber können die Befehle mit "
        "`sync` neu registrieren.",
        "en": "I don't know this command (any more). The operators can register the commands "
        "again with `sync`.",
    },
    "only_asker": {
        "de": "Blättern kann nur, wer gefragt hat. Frag selbst – dann bekommst du eigene Seiten.",
        "en": "Only the person who asked can turn these pages. Ask yourself to get your own.",
    },
    "reload_done": {
        "de": "Neu geladen – Artikel: {summary}.",
        "en": "Reloaded – articles: {summary}.",
    },
    "reload_failed": {
        "de": "Neu laden fehlgeschlagen ({error}); ich antworte weiter aus dem bisherigen Stand.",
        "en": "Reload failed ({error}); still answering from the previous index.",
    },
    "commands_changed": {
        "de": "Die Befehle haben sich geändert: `{prefix}sync` registriert die Slash-Befehle neu.",
        "en": "The commands changed: `{prefix}sync` registers the slash commands again.",
    },
    "sync_done": {
        "de": "{count} Slash-Befehle {where} registriert.",
        "en": "Registered {count} slash commands {where}.",
    },
    "sync_global": {
        "de": "global (bis sie überall erscheinen, kann es etwas dauern)",
        "en": "globally (they may take a while to show up everywhere)",
    },
    "sync_guild": {"de": "für den Server {guild}", "en": "for server {guild}"},
    "sync_cleared": {
        "de": "Die Slash-Befehle des Servers {guild} sind entfernt.",
        "en": "Removed the slash commands of server {guild}.",
    },
    "sync_usage": {
        "de": "`{prefix}sync` (global), `{prefix}sync here`, `{prefix}sync <Server-ID>` oder "
        "`{prefix}sync clear <Server-ID>`.",
        "en": "`{prefix}sync` (global), `{prefix}sync here`, `{prefix}sync <server id>` or "
        "`{prefix}sync clear <server id>`.",
    },
    "add_usage": {
        "de": "`{prefix}add <Link>` liest einen Artikel von einer Nachrichtenseite ein.",
        "en": "`{prefix}add <link>` reads an article from a news page.",
    },
    "add_failed": {
        "de": "Nicht hinzugefügt – {error}",
        "en": "Not added – {error}",
    },
    "add_done": {
        "de": "{status}: **{title}** · {publisher}\n{quotes} Zitate, {reported} indirekt · "
        "Personen: {people}\n`{file}`",
        "en": "{status}: **{title}** · {publisher}\n{quotes} quotes, {reported} reported · "
        "people: {people}\n`{file}`",
    },
    "add_new": {"de": "Neu", "en": "New"},
    "add_updated": {"de": "Aktualisiert", "en": "Updated"},
    "add_unchanged": {"de": "Schon da, unverändert", "en": "Already there, unchanged"},
    "add_duplicate": {"de": "Derselbe Text ist schon da", "en": "The same text is already there"},
    "add_nobody": {"de": "keine", "en": "none"},
    "previous": {"de": "Zurück", "en": "Previous"},
    "next": {"de": "Weiter", "en": "Next"},
}


def say(key: str, language: str, **values: object) -> str:
    """The notice `key` in `language` (German when the language is unknown), filled in."""
    variants = TEXTS[key]
    return variants.get(language, variants["de"]).format(**values)
