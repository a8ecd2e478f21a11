"""Regenerate `first_names.tsv` (first names and surnames) from Faker's person providers (MIT
licence, see FIRST_NAMES.md).

    .venv/bin/python -m bot.corpus.data.build_first_names

Faker is a development dependency only: importing it costs about 0.3 s, too much for every
start and every extraction worker, so the bot reads the generated file instead (a few ms).
Only Latin-script names are kept (German news writes other scripts transliterated), and no
name that is also a German function word or a word that opens sentences.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "first_names.tsv"
# Locales whose people German news writes about: Germany and its neighbours, the countries of
# origin of Germany's larger communities, and the countries most in the foreign news.
LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE fr_FR fr_BE it_IT es_ES pt_PT pt_BR nl_NL nl_BE "
    "da_DK sv_SE no_NO fi_FI pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO lt_LT lv_LV et_EE "
    "tr_TR az_AZ vi_VN id_ID ga_IE is_IS en_NG en_KE sw"
).split()
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?")


def _names(provider: type, attribute: str) -> set[str]:
    value = getattr(provider, attribute, ())
    names = value.keys() if isinstance(value, dict) else value
    return {n for n in names if isinstance(n, str) and LATIN_NAME.fullmatch(n) and len(n) > 2}


def collect() -> dict[str, str]:
    """Name -> its uses: "m" and/or "f" for a first name, "s" for a surname ("mfs" at most)."""
    from bot.corpus.german import NOT_FIRST_NAMES

    male: set[str] = set()
    female: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male |= _names(provider, "first_names_male")
        female |= _names(provider, "first_names_female")
        surnames |= _names(provider, "last_names")
    table: dict[str, str] = {}
    for name in male | female | surnames:
        if name in NOT_FIRST_NAMES or name.lower() in NOT_FIRST_NAMES:
            continue
        uses = ("m" if name in male else "") + ("f" if name in female else "")
        table[name] = uses + ("s" if name in surnames else "")
    return table


def render(table: dict[str, str]) -> str:
    lines = ["# name<TAB>uses: m, f first name, s surname; build_first_names.py, from Faker (MIT)"]
    lines += [f"{name}\t{table[name]}" for name in sorted(table)]
    return "\n".join(lines) + "\n"


def main() -> None:
    TARGET.write_text(render(collect()), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
