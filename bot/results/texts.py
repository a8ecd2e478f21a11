"""The words of the results answers, in German and English, and numbers as each language writes
them (German: 85.123 Stimmen, 52,3 %; English: 85,123 votes, 52.3%)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Ergebnis: {name}",
        "title_all": "Ergebnisse",
        "title_none": "Keine Ergebnisse eingerichtet",
        "not_configured": (
            "Für diesen Bot sind keine amtlichen Ergebnisse eingerichtet. "
            "Wer ihn betreibt, trägt in der config.yaml unter „results:“ die Open-Data-CSV der "
            "Gemeinde ein (name, place, url, interval, candidates – siehe README). "
            "Zahlen aus den Artikeln findest du mit {prefix}fakten."
        ),
        "unknown": "Keine eingerichtete Wahl passt zu „{query}“. Eingerichtet: {known}.",
        "no_count": "Noch keine Zahlen gelesen – die Quelle wird alle {interval} s abgefragt.",
        "not_started": "Noch kein Stimmbezirk ausgezählt ({counted} von {total}).",
        "candidate": "{name}: {votes} · {share}",
        "no_votes": "noch keine Stimmen gemeldet",
        "votes": "{n} Stimme|{n} Stimmen",
        "won": "Gewonnen: {name} mit {share}",
        "ahead_no_majority": "Vorn: {name} mit {share} – keine absolute Mehrheit",
        "provisional": "Vorläufig: {name} vorn mit {share}",
        "tie": "Gleichstand an der Spitze",
        "turnout": "Wahlbeteiligung: {share} ({voters} von {eligible} Wahlberechtigten)",
        "invalid": "Ungültige Stimmen: {n}",
        "districts": "Ausgezählt: {counted} von {total} Stimmbezirken",
        "districts_open": "Ausgezählt: {counted} von {total} Stimmbezirken – noch nicht alle",
        "updated": "Stand: {time}",
        "source": "Quelle: {address}",
        "stale": "Achtung: Die letzte Abfrage ging schief ({problem}); gezeigt wird der "
        "letzte gültige Stand.",
        "summary": "{name} ({place}): {state}",
        "more": "Mehr zu einer Wahl: {usage}",
        "answer_title": "Antwort auf: {question}",
        "answer_votes": "{name} hat {votes} bekommen, {share} der gültigen Stimmen.",
        "answer_turnout": "Wahlbeteiligung – {election}: {share} "
        "({voters} von {eligible} Wahlberechtigten).",
        "answer_invalid": "Ungültige Stimmen – {election}: {n}.",
        "answer_leader": "{state}.",
        "answer_partial": "Vorläufig: {counted} von {total} Stimmbezirken ausgezählt.",
        "answer_final": "Alle {total} Stimmbezirke sind ausgezählt.",
        "answer_source": "Quelle: amtliches Ergebnis „{name}“, {time}: {address}",
        "chart_axis": "Anteil der gültigen Stimmen",
        "chart_partial": "vorläufig, {counted} von {total} Stimmbezirken",
        "chart_final": "alle {total} Stimmbezirke ausgezählt",
        "final_post": "Alle Stimmbezirke sind ausgezählt: {name}",
        "clock": "{date}, {time} Uhr",
    },
    "en": {
        "title": "Results: {name}",
        "title_all": "Results",
        "title_none": "No results set up",
        "not_configured": (
            "This bot has no official results set up. Whoever runs it adds the municipality's "
            "open-data CSV under “results:” in config.yaml (name, place, url, interval, "
            "candidates – see the README). Figures from the articles: {prefix}facts."
        ),
        "unknown": "No election set up matches “{query}”. Set up: {known}.",
        "no_count": "No figures read yet – the source is asked every {interval} s.",
        "not_started": "No polling district counted yet ({counted} of {total}).",
        "candidate": "{name}: {votes} · {share}",
        "no_votes": "no votes reported yet",
        "votes": "{n} vote|{n} votes",
        "won": "Won: {name} with {share}",
        "ahead_no_majority": "Ahead: {name} with {share} – no absolute majority",
        "provisional": "Provisional: {name} ahead with {share}",
        "tie": "Tied at the top",
        "turnout": "Turnout: {share} ({voters} of {eligible} eligible voters)",
        "invalid": "Invalid votes: {n}",
        "districts": "Counted: {counted} of {total} polling districts",
        "districts_open": "Counted: {counted} of {total} polling districts – not all yet",
        "updated": "As of: {time}",
        "source": "Source: {address}",
        "stale": "Note: the latest reading failed ({problem}); showing the last good one.",
        "summary": "{name} ({place}): {state}",
        "more": "More on one election: {usage}",
        "answer_title": "Answer to: {question}",
        "answer_votes": "{name} got {votes}, {share} of the valid votes.",
        "answer_turnout": "Turnout – {election}: {share} ({voters} of {eligible} eligible voters).",
        "answer_invalid": "Invalid votes – {election}: {n}.",
        "answer_leader": "{state}.",
        "answer_partial": "Provisional: {counted} of {total} polling districts counted.",
        "answer_final": "All {total} polling districts are counted.",
        "answer_source": "Source: official results “{name}”, {time}: {address}",
        "chart_axis": "Share of the valid votes",
        "chart_partial": "provisional, {counted} of {total} polling districts",
        "chart_final": "all {total} polling districts counted",
        "final_post": "All polling districts are counted: {name}",
        "clock": "{date}, {time} (Berlin time)",
    },
}

try:
    _BERLIN: ZoneInfo | None = ZoneInfo("Europe/Berlin")
except ZoneInfoNotFoundError:  # pragma: no cover - a system without time zone data
    _BERLIN = None


def say(language: str, key: str, **values: object) -> str:
    return TEXTS.get(language, TEXTS["de"])[key].format(**values)


def number(language: str, n: int) -> str:
    """85.123 (German) or 85,123 (English)."""
    text = f"{n:,}"
    return text.replace(",", ".") if language != "en" else text


def votes(language: str, n: int) -> str:
    one, many = TEXTS.get(language, TEXTS["de"])["votes"].split("|")
    return (one if n == 1 else many).format(n=number(language, n))


def percent(language: str, share: float | None) -> str:
    """52,3 % (German) or 52.3% (English); "–" when there is no share."""
    if share is None:
        return "–"
    text = f"{share * 100:.1f}"
    return f"{text.replace('.', ',')} %" if language != "en" else f"{text}%"


def clock(language: str, moment: datetime) -> str:
    """The time of an update as readers in Germany read it."""
    local = moment.astimezone(_BERLIN) if _BERLIN else moment
    date = local.strftime("%d.%m.%Y") if language != "en" else local.strftime("%d %b %Y")
    return say(language, "clock", date=date, time=local.strftime("%H:%M"))
