"""Every word the bot says itself, in German and English (quotes are always verbatim).

One table per language with the same keys (a test checks that), and `say(language, key, …)` to
fill one in. German is the default; an unknown language falls back to German.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "de"

STRINGS: dict[str, dict[str, str]] = {
    "de": {
        # command descriptions (at most 100 characters each)
        "desc_quote": "Zitate einer Person, Partei oder Rolle – wörtlich, mit Quelle",
        "desc_random": "Ein zufälliges Zitat, auf Wunsch von einer bestimmten Person",
        "desc_who": "Wer ist das? Partei, Rollen, wie oft zitiert, wo zuerst erwähnt",
        "desc_people": "Alle Personen aus den Artikeln, nach Partei geordnet",
        "desc_search": "Durchsucht Zitate und Textstellen (verzeiht Tippfehler)",
        "desc_facts": "Die überprüfbaren Fakten, auf Wunsch zu einem Thema",
        "desc_ask": "Eine Frage in eigenen Worten – Antwort mit belegten Textstellen",
        "desc_sources": "Die ausgewerteten Artikel: Medium, Autor:innen, Datum, Umfang",
        "desc_help": "Hilfe zu allen Befehlen oder zu einem Befehl",
        "desc_results": "Amtliches Ergebnis, live: Stimmen, Anteile, Beteiligung, Grafik, Quelle",
        "arg_election": "Ort oder Name der Wahl (leer: alle eingerichteten Wahlen)",
        "desc_topic": "Thema „{name}“: Fakten und Textstellen mit Quelle",
        "arg_person": "Name, Partei oder Rolle (z. B. ein Nachname, SPD, Bürgermeister)",
        "arg_person_n": "Name, Partei oder Rolle; dahinter optional die Nummer des Zitats",
        "arg_text": "Wonach gesucht wird",
        "arg_topic": "Ein Thema oder Stichwort",
        "arg_question": "Deine Frage, z. B. Wer hat die Wahl gewonnen?",
        "arg_command": "Der Befehl, zu dem du Hilfe möchtest",
        # titles
        "title_quotes": "Zitate von {name}",
        "title_quotes_group": "Zitate: {label}",
        "title_quote_n": "Zitat {n} von {total}: {name}",
        "title_speakers": "Wer in den Artikeln zitiert wird",
        "title_random": "Zufälliges Zitat",
        "title_who": "Wer ist {name}?",
        "title_who_group": "Personen: {label}",
        "title_people": "Personen in den Artikeln",
        "title_search": "Suche: {query}",
        "title_facts": "Fakten",
        "title_facts_topic": "Fakten: {topic}",
        "title_topic": "Thema: {topic}",
        "title_answer": "Antwort auf: {question}",
        "title_sources": "Quellen",
        "title_help": "Hilfe",
        "title_help_command": "Hilfe: {command}",
        "title_not_found": "Nicht gefunden",
        "title_unknown_command": "Unbekannter Befehl",
        "title_usage": "So geht's",
        "title_error": "Fehler",
        "error": "Da ist etwas schiefgegangen. Bitte versuch es noch einmal.",
        # texts
        "person_unknown": "In den Artikeln kommt niemand vor, der zu „{query}“ passt.",
        "did_you_mean": "Meintest du: {options}?",
        "person_choose": "„{query}“ heißen mehrere: {options}. Wen meinst du?",
        "who_author": "{name} hat an {written} mitgeschrieben:",
        "party_nobody": "Niemand von {party} kommt in den Artikeln zu Wort.",
        "no_quotes": "Von {name} steht in den Artikeln kein Zitat.",
        "no_quotes_group": "Von {label} steht in den Artikeln kein Zitat.",
        "described_label": "„{query}“ (im Text ohne Namen)",
        "described_summary": "Niemand dieses Namens kommt in den Artikeln vor; {count} von "
        "Menschen, die der Text nur so beschreibt, ohne ihren Namen.",
        "no_speakers": "In den Artikeln steht kein zugeordnetes Zitat.",
        "quote_range": "{name}: {count} – wähle eine Nummer von 1 bis {total}.",
        "quotes_summary": "{direct}, {reported}.",
        "quotes_group_summary": "{people}: {direct}, {reported}.",
        "reported_note": "Indirekte Rede ist als solche gekennzeichnet.",
        "speaker_line": "{name}{party}: {direct}, {reported}",
        "more": "… und {count} weitere.",
        "who_party": "Partei: {party}",
        "who_roles": "Rollen: {roles}",
        "who_quotes": "Zitiert: {direct}, {reported}",
        "who_first": "Zuerst erwähnt: {where}",
        "who_articles": "Artikel: {count}",
        "no_party": "ohne Parteiangabe",
        "mixed_scripts": "(Name mischt Schriften: {scripts})",
        "excerpt_cut": "[… gekürzt: {count} Zeichen mehr im Artikel, Zeile {line}]",
        "pages_cut": "… und {count} weitere Seiten, hier nicht gezeigt. Bitte genauer fragen.",
        "people_line": "{party}: {names}",
        "people_none": "In den Artikeln wurden keine Personen erkannt.",
        "search_none": "Zu „{query}“ steht nichts in den Zitaten und Texten.",
        "search_found": "{count} Treffer.",
        "facts_none": "In den Artikeln wurden keine überprüfbaren Fakten erkannt.",
        "facts_topic_none": "Zu „{topic}“ stehen keine Fakten in den Artikeln.",
        "facts_found": "{count} Fakten, in Artikelreihenfolge.",
        "topic_none": "Zum Thema „{topic}“ steht nichts in den Artikeln.",
        "answer_none": "Dazu sagen die Artikel nichts.",
        "answer_comment_only": "Nur ein Leserkommentar spricht davon – das ist kein Bericht.",
        "answer_found": "Das sagen die Artikel dazu:",
        "answer_won": "Gewonnen hat {name} – das sagen die Artikel dazu:",
        "answer_lost": "Verloren hat {name} – das sagen die Artikel dazu:",
        "answer_runoff": "Gewonnen hat noch niemand: Es gibt eine Stichwahl – das sagen die "
        "Artikel dazu:",
        "answer_won_several": "Die Artikel nennen mehrere Gewinner, darunter {names}. Für "
        "einen Ort frag z. B. „Wer hat in … gewonnen?“ – das sagen sie dazu:",
        "answer_lost_several": "Die Artikel nennen mehrere Verlierer, darunter {names}. Für "
        "einen Ort frag z. B. „Wer hat in … verloren?“ – das sagen sie dazu:",
        "premise_won_not_lost": "Laut den Artikeln hat {name} nicht verloren, sondern gewonnen:",
        "premise_lost_not_won": "Laut den Artikeln hat {name} nicht gewonnen, sondern verloren:",
        "premise_other_won": "Laut den Artikeln hat nicht {name} gewonnen, sondern {winner}:",
        "premise_decided_otherwise": "Laut den Artikeln wurde anders entschieden, als die Frage "
        "annimmt:",
        "election_day": "Gewählt wurde am {weekday}, {date} – das Datum folgt aus dem des "
        "Artikels. Das sagen die Artikel dazu:",
        "election_day_unknown": "Den Tag der Wahl nennen die Artikel nicht.",
        "election_day_unknown_dated": "Den Tag der Wahl nennen die Artikel nicht; sie "
        "erschienen am {dates}.",
        "weekdays": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "vote_place": "Gewählt wurde in {places}, so die Ortsmarke der Berichte. Das sagen die "
        "Artikel dazu:",
        "question_empty": "Stell eine Frage in eigenen Worten, z. B. „{example}“.",
        # free questions: small talk, questions about the articles, honest no
        "title_greeting": "Hallo!",
        "greeting": "Hallo! Frag mich etwas zu den Artikeln des Wahlabends, z. B. „{example}“ "
        "– alle Befehle zeigt {help}.",
        "title_thanks": "Gern geschehen!",
        "thanks": "Gern geschehen! Frag ruhig weiter, z. B. „{example}“ – alle Befehle zeigt "
        "{help}.",
        "answer_nearest": "Dazu sagen die Artikel nichts. Am nächsten kommt diese Stelle – sie "
        "beantwortet die Frage aber nicht:",
        "answer_place_unknown": "„{place}“ kommt in den Artikeln nicht vor.",
        "answer_person_unknown": "Die Artikel nennen niemanden namens „{name}“.",
        "title_about_articles": "Zu den Artikeln",
        "about_author": "{source}: geschrieben von {value}.",
        "about_publisher": "{source}: erschienen bei {value}.",
        "about_published": "{source}: erschienen am {value}.",
        "about_title": "{source}: Titel „{value}“.",
        "about_url": "{source}: {value}",
        "about_missing": "{source}: dazu gibt es keine Angabe.",
        "about_more": "… und {count} weitere Artikel – nenne den Ort, um einen zu wählen.",
        "unknown_command": "Den Befehl „{command}“ gibt es nicht.",
        "unknown_try": "Probier {options} oder {help}.",
        "unknown_help": "Alle Befehle zeigt {help}.",
        "sources_none": "Es sind keine Artikel geladen.",
        "sources_line": "{where}: {quotes}, {reported}, {facts}, {people}",
        "sources_file": "Datei {file}",
        "help_intro": "Befehle (Präfix {prefix}); in Direktnachrichten geht auch eine Frage "
        "ohne Präfix.",
        "help_line": "{usage} – {description}",
        "help_topics": "Themen: {topics}",
        "help_alias": "Auch: {alias}",
        "usage_needs": "Da fehlt noch etwas – {description}: {usage}",
        # counted nouns: singular | plural
        "n_quotes": "{n} wörtliches Zitat|{n} wörtliche Zitate",
        "n_reported": "{n} Aussage in indirekter Rede|{n} Aussagen in indirekter Rede",
        "n_quotes_any": "{n} Zitat oder Aussage|{n} Zitate und Aussagen",
        "n_facts": "{n} Fakt|{n} Fakten",
        "n_people": "{n} Person|{n} Personen",
        "n_written": "einem Artikel|{n} Artikeln",
        # rendering
        "kind_direct": "Zitat",
        "speaker_unnamed": "im Text ohne Namen",
        "kind_reported": "indirekte Rede",
        "kind_fact": "Fakt",
        "kind_passage": "Textstelle",
        # a sentence quoting words the article says are not the speaker's statement
        "verdict_fake": "⚠️ laut Text ein falsches oder falsch zugeschriebenes Zitat",
        "verdict_denied": "⚠️ laut Text hat die Person das nicht gesagt",
        "verdict_satire": "⚠️ laut Text Satire, keine echte Aussage",
        "verdict_hypothetical": "⚠️ nur angenommen oder gefragt, keine Aussage",
        "comment": "Leserkommentar",
        "comment_by": "Leserkommentar von {name}",
        "not_article": "nicht Teil des Berichts",
        "unknown_speaker": "ohne Sprecherangabe",
        "line": "Zeile {line}",
        "also_in": "auch in: {sources}",
        "also_in_more": "und {count} weiteren",
        "paragraph": "Absatz {paragraph}",
        "section": "Abschnitt „{section}“",
        "page": "Seite {page}/{pages}",
        "continued": "(Fortsetzung)",
        "cut": "[…]",
        "suggestions": "Vorschläge",
        "by": "von {authors}",
        "and": " und ",
        # the Discord door's own notices
        "cooldown": "Nicht so schnell – versuch es in {seconds} s noch einmal.",
        "error_logged": "Da ist etwas schiefgegangen. Der Fehler ist protokolliert – versuch es "
        "gleich noch einmal.",
        "add_usage": "`{prefix}add <Link>` liest einen Artikel von einer Nachrichtenseite ein.",
        "add_failed": "Nicht hinzugefügt – {error}",
        "add_done": "{status}: **{title}** · {publisher}\n"
        "{quotes} wörtliche Zitate, {reported} in indirekter Rede · "
        "Personen: {people}\n`{file}`",
        "add_new": "Neu",
        "add_updated": "Aktualisiert",
        "add_unchanged": "Schon da, unverändert",
        "add_duplicate": "Derselbe Text ist schon da",
        "add_nobody": "keine",
        "not_owner": "Das dürfen nur die Betreiber dieses Bots.",
        "not_allowed": "Das geht hier leider nicht.",
        "channel_not_allowed": "In diesem Kanal antworte ich nicht – frag mich bitte in einem der "
        "freigegebenen Kanäle oder per Direktnachricht.",
        "usage": "So verstehe ich das nicht. `{prefix}hilfe` zeigt alle Befehle.",
        "unknown_slash": "Diesen Befehl kenne ich nicht (mehr). Die Betreiber können die Befehle "
        "mit `sync` neu registrieren.",
        "only_asker": "Blättern kann nur, wer gefragt hat. Frag selbst – dann bekommst du eigene "
        "Seiten.",
        "reload_done": "Neu geladen – Artikel: {summary}.",
        "reload_waiting": "Noch nicht geladen, da noch geschrieben oder gelesen (kommt dazu, "
        "sobald vollständig: beim nächsten Blick in den Ordner oder `reload`): {files}",
        "reload_failed": "Neu laden fehlgeschlagen ({error}); ich antworte weiter aus dem "
        "bisherigen Stand.",
        "commands_changed": "Die Befehle haben sich geändert: `{prefix}sync` registriert die "
        "Slash-Befehle neu.",
        "sync_done": "{count} Slash-Befehle {where} registriert.",
        "sync_global": "global (bis sie überall erscheinen, kann es etwas dauern)",
        "sync_guild": "für den Server {guild}",
        "sync_cleared": "Die Slash-Befehle des Servers {guild} sind entfernt.",
        "sync_usage": "`{prefix}sync` (global), `{prefix}sync here`, `{prefix}sync <Server-ID>` "
        "oder `{prefix}sync clear <Server-ID>`.",
        "previous": "Zurück",
        "next": "Weiter",
        "refresh_added": "neu: {files}",
        "refresh_updated": "geändert: {files}",
        "refresh_removed": "entfernt: {files}",
        "refresh_nothing": "keine Änderung",
    },
    "en": {
        "desc_quote": "Quotes of a person, party or role – verbatim, with their source",
        "desc_random": "One random quote, optionally by a given person",
        "desc_who": "Who is that? Party, roles, how often quoted, where first mentioned",
        "desc_people": "Everyone named in the articles, grouped by party",
        "desc_search": "Searches quotes and passages (forgives typos)",
        "desc_facts": "The checkable facts, optionally on a topic",
        "desc_ask": "A question in your own words – answered with sourced excerpts",
        "desc_sources": "The articles used: publisher, authors, date, size",
        "desc_help": "Help on all commands or on one command",
        "desc_results": "Official results, live: votes, shares, turnout, chart and source",
        "arg_election": "Place or name of the election (empty: all elections set up)",
        "desc_topic": "Topic “{name}”: facts and passages with their source",
        "arg_person": "Name, party or role (e.g. a surname, SPD, Bürgermeister)",
        "arg_person_n": "Name, party or role; optionally followed by the quote's number",
        "arg_text": "What to search for",
        "arg_topic": "A topic or keyword",
        "arg_question": "Your question, e.g. Wer hat die Wahl gewonnen?",
        "arg_command": "The command you want help on",
        "title_quotes": "Quotes by {name}",
        "title_quotes_group": "Quotes: {label}",
        "title_quote_n": "Quote {n} of {total}: {name}",
        "title_speakers": "Who is quoted in the articles",
        "title_random": "Random quote",
        "title_who": "Who is {name}?",
        "title_who_group": "People: {label}",
        "title_people": "People in the articles",
        "title_search": "Search: {query}",
        "title_facts": "Facts",
        "title_facts_topic": "Facts: {topic}",
        "title_topic": "Topic: {topic}",
        "title_answer": "Answer to: {question}",
        "title_sources": "Sources",
        "title_help": "Help",
        "title_help_command": "Help: {command}",
        "title_not_found": "Not found",
        "title_unknown_command": "Unknown command",
        "title_usage": "How to use it",
        "title_error": "Error",
        "error": "Something went wrong. Please try again.",
        "person_unknown": "Nobody in the articles matches “{query}”.",
        "did_you_mean": "Did you mean: {options}?",
        "person_choose": "Several people are called “{query}”: {options}. Which one?",
        "who_author": "{name} wrote or co-wrote {written}:",
        "party_nobody": "Nobody from {party} is given a voice in the articles.",
        "no_quotes": "The articles quote nothing by {name}.",
        "no_quotes_group": "The articles quote nothing by {label}.",
        "described_label": "“{query}” (unnamed in the text)",
        "described_summary": "Nobody of that name is in the articles; {count} by people the "
        "text only describes so, without their name.",
        "no_speakers": "The articles hold no attributed quote.",
        "quote_range": "{name}: {count} – pick a number from 1 to {total}.",
        "quotes_summary": "{direct}, {reported}.",
        "quotes_group_summary": "{people}: {direct}, {reported}.",
        "reported_note": "Reported speech is marked as such.",
        "speaker_line": "{name}{party}: {direct}, {reported}",
        "more": "… and {count} more.",
        "who_party": "Party: {party}",
        "who_roles": "Roles: {roles}",
        "who_quotes": "Quoted: {direct}, {reported}",
        "who_first": "First mentioned: {where}",
        "who_articles": "Articles: {count}",
        "no_party": "party not given",
        "mixed_scripts": "(name mixes scripts: {scripts})",
        "excerpt_cut": "[… cut: {count} more characters in the article, line {line}]",
        "pages_cut": "… and {count} more pages, not shown here. Please ask more narrowly.",
        "people_line": "{party}: {names}",
        "people_none": "No people were recognised in the articles.",
        "search_none": "Nothing in the quotes and passages matches “{query}”.",
        "search_found": "{count} matches.",
        "facts_none": "No checkable facts were recognised in the articles.",
        "facts_topic_none": "The articles state no facts on “{topic}”.",
        "facts_found": "{count} facts, in article order.",
        "topic_none": "The articles say nothing on the topic “{topic}”.",
        "answer_none": "The articles do not say.",
        "answer_comment_only": "Only a reader comment mentions it – that is not the reporting.",
        "answer_found": "This is what the articles say:",
        "answer_won": "{name} won – this is what the articles say:",
        "answer_lost": "{name} lost – this is what the articles say:",
        "answer_runoff": "Nobody has won yet: there is a runoff – this is what the articles say:",
        "answer_won_several": "The articles name several winners, among them {names}. For "
        "one place, ask e.g. “Who won in …?” – this is what they say:",
        "answer_lost_several": "The articles name several losers, among them {names}. For "
        "one place, ask e.g. “Who lost in …?” – this is what they say:",
        "premise_won_not_lost": "According to the articles, {name} did not lose but won:",
        "premise_lost_not_won": "According to the articles, {name} did not win but lost:",
        "premise_other_won": "According to the articles, {winner} won, not {name}:",
        "premise_decided_otherwise": "According to the articles, the decision went the other "
        "way from what the question assumes:",
        "election_day": "The vote was on {weekday}, {date}, as the article's own date tells. "
        "This is what the articles say:",
        "election_day_unknown": "The articles do not name the day of the vote.",
        "election_day_unknown_dated": "The articles do not name the day of the vote; they "
        "appeared on {dates}.",
        "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "vote_place": "The vote was in {places}, as the reports' datelines say. This is what the "
        "articles say:",
        "question_empty": "Ask a question in your own words, e.g. “{example}”.",
        "title_greeting": "Hello!",
        "greeting": "Hello! Ask me about the election-night articles, e.g. “{example}” – "
        "{help} lists every command.",
        "title_thanks": "You're welcome!",
        "thanks": "You're welcome! Ask me anything else, e.g. “{example}” – {help} lists "
        "every command.",
        "answer_nearest": "The articles do not say. The nearest passage – it does not answer "
        "the question:",
        "answer_place_unknown": "“{place}” does not appear in the articles.",
        "answer_person_unknown": "The articles name nobody called “{name}”.",
        "title_about_articles": "About the articles",
        "about_author": "{source}: written by {value}.",
        "about_publisher": "{source}: published by {value}.",
        "about_published": "{source}: published on {value}.",
        "about_title": "{source}: title “{value}”.",
        "about_url": "{source}: {value}",
        "about_missing": "{source}: not given.",
        "about_more": "… and {count} more articles – name the place to pick one.",
        "unknown_command": "There is no command “{command}”.",
        "unknown_try": "Try {options} or {help}.",
        "unknown_help": "{help} lists all commands.",
        "sources_none": "No articles are loaded.",
        "sources_line": "{where}: {quotes}, {reported}, {facts}, {people}",
        "sources_file": "file {file}",
        "help_intro": "Commands (prefix {prefix}); in direct messages, a question without the "
        "prefix works too.",
        "help_line": "{usage} – {description}",
        "help_topics": "Topics: {topics}",
        "help_alias": "Also: {alias}",
        "usage_needs": "Something is missing – {description}: {usage}",
        "n_quotes": "{n} direct quote|{n} direct quotes",
        "n_reported": "{n} reported statement|{n} reported statements",
        "n_quotes_any": "{n} quote or statement|{n} quotes and statements",
        "n_facts": "{n} fact|{n} facts",
        "n_people": "{n} person|{n} people",
        "n_written": "one article|{n} articles",
        "kind_direct": "Quote",
        "speaker_unnamed": "unnamed in the text",
        "kind_reported": "reported speech",
        "kind_fact": "Fact",
        "kind_passage": "Passage",
        "verdict_fake": "⚠️ a fake or misattributed quote, the text says",
        "verdict_denied": "⚠️ the person did not say this, the text says",
        "verdict_satire": "⚠️ satire, not a real statement, the text says",
        "verdict_hypothetical": "⚠️ only supposed or asked, not a statement",
        "comment": "Reader comment",
        "comment_by": "Reader comment by {name}",
        "not_article": "not part of the reporting",
        "unknown_speaker": "speaker not given",
        "line": "line {line}",
        "also_in": "also in: {sources}",
        "also_in_more": "and {count} more",
        "paragraph": "paragraph {paragraph}",
        "section": "section “{section}”",
        "page": "Page {page}/{pages}",
        "continued": "(continued)",
        "cut": "[…]",
        "suggestions": "Suggestions",
        "by": "by {authors}",
        "and": " and ",
        # the Discord door's own notices
        "cooldown": "Not so fast – try again in {seconds} s.",
        "error_logged": "Something went wrong. The error has been logged – please try again in a "
        "moment.",
        "add_usage": "`{prefix}add <link>` reads an article from a news page.",
        "add_failed": "Not added – {error}",
        "add_done": "{status}: **{title}** · {publisher}\n"
        "{quotes} direct quotes, {reported} reported statements · "
        "people: {people}\n`{file}`",
        "add_new": "New",
        "add_updated": "Updated",
        "add_unchanged": "Already there, unchanged",
        "add_duplicate": "The same text is already there",
        "add_nobody": "none",
        "not_owner": "Only the operators of this bot may do that.",
        "not_allowed": "Sorry, that is not possible here.",
        "channel_not_allowed": "I don't answer in this channel – please ask in one of the allowed "
        "channels or in a direct message.",
        "usage": "I don't understand that. `{prefix}help` lists all commands.",
        "unknown_slash": "I don't know this command (any more). The operators can register the "
        "commands again with `sync`.",
        "only_asker": "Only the person who asked can turn these pages. Ask yourself to get your "
        "own.",
        "reload_done": "Reloaded – articles: {summary}.",
        "reload_waiting": "Not loaded yet, still being written or read (added once complete: at "
        "the next look at the folder or `reload`): {files}",
        "reload_failed": "Reload failed ({error}); still answering from the previous index.",
        "commands_changed": "The commands changed: `{prefix}sync` registers the slash commands "
        "again.",
        "sync_done": "Registered {count} slash commands {where}.",
        "sync_global": "globally (they may take a while to show up everywhere)",
        "sync_guild": "for server {guild}",
        "sync_cleared": "Removed the slash commands of server {guild}.",
        "sync_usage": "`{prefix}sync` (global), `{prefix}sync here`, `{prefix}sync <server id>` or"
        " `{prefix}sync clear <server id>`.",
        "previous": "Previous",
        "next": "Next",
        "refresh_added": "new: {files}",
        "refresh_updated": "changed: {files}",
        "refresh_removed": "removed: {files}",
        "refresh_nothing": "no change",
    },
}


def table(language: str) -> dict[str, str]:
    return STRINGS.get(language, STRINGS[DEFAULT_LANGUAGE])


def say(language: str, key: str, **values: object) -> str:
    """The bot's words for `key` in `language`, with `values` filled in."""
    return table(language)[key].format(**values)


def count(language: str, key: str, n: int) -> str:
    """A counted noun: "1 Zitat", "3 Zitate"."""
    one, many = table(language)[key].split("|")
    return (one if n == 1 else many).format(n=n)


def join_list(language: str, items: list[str]) -> str:
    """ "A, B und C" / "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + table(language)["and"] + items[-1]


def format_date(iso: str | None, language: str) -> str | None:
    """An ISO date as readers of the language write it: 29.09.2025 / 2025-09-29."""
    if not iso or language == "en" or len(iso) != 10 or iso.count("-") != 2:
        return iso
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"
