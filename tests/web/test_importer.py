"""One link in, one article out; every fault is one line naming the link, and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config
from bot.library import Library
from bot.web.http import FetchError
from bot.web.importer import import_page
from tests.web.conftest import Route, Site


def test_a_news_page_is_saved_into_the_seeds_folder(site: Site, local_settings, tmp_path) -> None:
    url = site.page("/lokales/stichwahl.html", "hallstedt_stichwahl.html")
    result = import_page(url, tmp_path, local_settings)
    assert result.saved.status == "new"
    assert result.line() == (
        f"{url}: saved {result.saved.path} "
        "(new; Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab"
        " · Hallstedter Rundschau)"
    )
    assert "Krell räumt Niederlage ein" in result.saved.path.read_text(encoding="utf-8")


def test_a_page_in_windows_1252_is_read_with_its_umlauts(
    site: Site, local_settings, tmp_path
) -> None:
    html = (Path(__file__).parent / "pages" / "hallstedt_stichwahl.html").read_text("utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    url = site.serve("/alt", html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    result = import_page(url, tmp_path, local_settings)
    assert "Oberbürgermeister" in result.saved.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (
            Route(b"%PDF-1.7 ...", content_type="application/pdf"),
            "not an HTML page (application/pdf)",
        ),
        (Route(b"<html><body><p>Nichts.</p></body></html>"), "too little text"),
        (Route(b"<html><body>nicht da</body></html>", status=404), "the server answered HTTP 404"),
        (Route(b"kaputt", status=500), "the server answered HTTP 500"),
        (Route(b"<html>" + b"<p>Wahl</p>" * 20_000 + b"</html>"), "too large"),
        (Route(status=302, headers={"Location": "/seite"}), "redirects in a loop"),
    ],
)
def test_a_fault_is_one_line_naming_the_link_and_nothing_is_saved(
    site: Site, local_settings, tmp_path, route: Route, reason: str
) -> None:
    site.routes["/seite"] = route
    with pytest.raises(FetchError) as caught:
        import_page(site.url("/seite"), tmp_path, replace(local_settings, max_bytes=100_000))
    message = str(caught.value)
    assert message.startswith(site.url("/seite") + ": ")
    assert reason in message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_what_is_indexed_keeps_serving_after_a_failed_fetch(
    site: Site, local_settings, tmp_path
) -> None:
    seeds = tmp_path / "seeds"
    good = import_page(site.page("/gut", "birkenfeld_landrat.html"), seeds, local_settings)
    library, _ = Library.open(Config(seeds=seeds, cache_dir=None))
    site.routes["/gut"] = Route(b"<html><body>Wartungsarbeiten</body></html>", status=503)
    with pytest.raises(FetchError):
        import_page(site.url("/gut"), seeds, local_settings)
    assert not library.refresh().changed
    assert [a.title for a in library.articles()] == [good.article.title]
    reply = library.engine.run_command("search", "unglaublich dankbar")
    assert any("unglaublich dankbar" in e.text for e in reply.excerpts)


# `python -m bot fetch URL …` is import_page for each address, one line each.
def test_fetch_saves_each_page_and_names_each_failure(tmp_path, capsys, site):
    config = tmp_path / "config.yaml"
    config.write_text(
        "seeds: seeds\nfetch: {allow_private_addresses: true, min_interval_per_host: 0}\n"
    )
    good = site.page("/wahl/stichwahl.html", "hallstedt_stichwahl.html")
    missing = site.url("/weg")
    assert main(["fetch", good, missing, "--config", str(config)]) == 1
    out, err = capsys.readouterr()
    (saved,) = (tmp_path / "seeds").glob("*.txt")
    title = "Stichwahl in Hallstedt: Hoffstetter löst Krell im Rathaus ab"
    assert out == f"{good}: saved {saved} (new; {title} · Hallstedter Rundschau)\n"
    assert err == f"{missing}: the server answered HTTP 404\n"
    assert main(["fetch", good, "--config", str(config)]) == 0
    assert capsys.readouterr().out.startswith(f"{good}: unchanged, {saved}")


def test_fetch_refuses_this_machine_unless_the_config_allows_it(tmp_path, capsys, site):
    url = site.page("/wahl/stichwahl.html", "hallstedt_stichwahl.html")
    (tmp_path / "config.yaml").write_text("seeds: seeds\n")
    assert main(["fetch", url, "--config", str(tmp_path / "config.yaml")]) == 1
    assert "refused" in capsys.readouterr().err
    assert not (tmp_path / "seeds").exists()
    assert site.requests == []


def test_fetch_without_a_link_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["fetch"])
    assert caught.value.code == 2
    assert "URL" in capsys.readouterr().err
