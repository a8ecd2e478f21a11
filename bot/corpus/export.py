"""The corpus as the `extract` command shows it: the JSON contract and a readable summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.corpus.model import DIRECT, SOURCE_ARTICLE, Article, counted_quotes


def article_to_json(article: Article) -> dict:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "publisher": article.publisher,
        "authors": list(article.authors),
        "published": article.published,
        "url": article.url,
        "blocks": [{"kind": b.kind, "line": b.line, "text": b.text} for b in article.blocks],
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "party": p.party, "roles": list(p.roles)}
            for p in article.people
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "kind": q.kind,
                "line": q.line,
                "section": q.section,
                "source": q.source,
                "label": q.label,
                "attributed_to": q.attributed_to,
                "statement": q.statement,
                "continues": q.continues,
            }
            for q in article.quotes
        ],
        "facts": [
            {"text": f.text, "line": f.line, "claimed_by": f.claimed_by} for f in article.facts
        ],
    }


def corpus_to_json(articles: Sequence[Article]) -> dict:
    return {"articles": [article_to_json(a) for a in articles]}


def corpus_summary(articles: Sequence[Article]) -> str:
    """People with party and roles, then quotes per speaker, for each article."""
    if not articles:
        return "No articles."
    lines: list[str] = []
    for article in articles:
        meta = ", ".join(
            part
            for part in (article.publisher, ", ".join(article.authors), article.published)
            if part
        )
        lines.append(f"== {article.id} ({meta or 'no metadata'})")
        counted = counted_quotes(article.quotes)
        lines.append(
            f"   {len(article.blocks)} blocks, {len(article.people)} people, "
            f"{len(counted)} quotes, {len(article.facts)} facts"
        )
        lines.append("People:")
        for person in article.people:
            roles = "; ".join(person.roles) or "-"
            lines.append(f"  {person.name} ({person.party or 'no party'}): {roles}")
        counts = Counter((q.speaker or "(unknown)", q.kind) for q in counted)
        lines.append("Quotes per speaker (direct / reported):")
        speakers = sorted({s for s, _ in counts}, key=lambda s: (-counts[(s, DIRECT)], s))
        for speaker in speakers:
            lines.append(
                f"  {speaker}: {counts[(speaker, DIRECT)]} / {counts[(speaker, 'reported')]}"
            )
        comments = sum(1 for q in article.quotes if q.source != SOURCE_ARTICLE)
        if comments:
            lines.append(f"Quotes in reader comments: {comments}")
        lines.append("")
    return "\n".join(lines).rstrip()
