"""The Jinja2 environment of the web pages: autoescaping on for every template, and the
few filters that produce markup, each building it from escaped pieces.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from starlette.requests import Request

from silang.crosscheck.verdicts import format_quantity
from silang.model import Quantity
from silang.report.charts import figures_svg, timeline_svg
from silang.report.links import http_url
from silang.report.questions import question
from silang.web.i18n import LANG_COOKIE, LANGUAGES, Translator, pick_language
from silang.web.queries import MARK_END, MARK_START


def safe_href(url: str | None) -> str | None:
    """A link target from article metadata, only when it is http(s): never ``javascript:``
    (``report.links.http_url``, which every report format uses).

    >>> safe_href("javascript:alert(1)") is None
    True
    >>> safe_href("https://contoh.co.id/a")
    'https://contoh.co.id/a'
    """
    return http_url(url)


def entity_href(entity_id: str) -> str:
    """``country/KP`` -> ``/entities/country/KP`` (IDs keep their slash)."""
    return "/entities/" + quote(entity_id, safe="/")


def marked_snippet(snippet: str) -> Markup:
    """A search snippet, escaped, with its hit markers as ``<mark>``."""
    text = str(escape(snippet))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def meta_value(value: Any) -> str:
    """A metadata value as text: lists one item after another, not as a Python repr."""
    if isinstance(value, list | tuple):
        return " · ".join(" ".join(str(v).split()) for v in value)
    return str(value)


def quantity_text(quantity: dict[str, Any] | Quantity | None) -> str:
    """A claim's figure as the reports write it: ``12,000–15,000``, ``at least 1,000``."""
    if not quantity:
        return ""
    if isinstance(quantity, Quantity):
        return format_quantity(quantity)
    parsed = Quantity.from_dict(quantity)
    return format_quantity(parsed) if parsed else ""


def number(value: Any) -> str:
    """``12000`` -> ``'12,000'``."""
    return f"{value:,}" if isinstance(value, int) else str(value)


def fact_title(fact: dict[str, Any], lang: str) -> str:
    """A fact as the question it answers, in the interface language."""
    return question(
        fact.get("type") or "", fact.get("subtype"), fact.get("field"),
        fact.get("parties") or (), fact.get("place"), lang,
    )  # fmt: skip


def outlet_label(outlet: str | None, url: str | None, unknown: str) -> str:
    """An outlet's name; else the site its URL is on (``kabarlintas.example``); else
    ``unknown`` ("unknown outlet"), never a document hash."""
    if outlet:
        return outlet
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else unknown


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("silang.web", "templates"),
        autoescape=True,  # every template, whatever its name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.globals["fact_title"] = fact_title
    env.globals["outlet_label"] = outlet_label
    env.filters["safe_href"] = safe_href
    env.filters["entity_href"] = entity_href
    env.filters["marked_snippet"] = marked_snippet
    env.filters["number"] = number
    env.filters["meta_value"] = meta_value
    env.filters["quantity_text"] = quantity_text
    # report.charts escapes every text it puts in the SVG.
    env.filters["timeline_svg"] = lambda events: Markup(timeline_svg(events))
    env.filters["figures_svg"] = lambda figure: Markup(figures_svg(figure))
    return env


def language_of(request: Request) -> str:
    """The request's UI language: ``?lang=``, then the cookie, then the browser's."""
    return pick_language(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )


def page_context(
    request: Request, lang: str, t: Translator, *, params: dict[str, str] | None = None
) -> dict[str, Any]:
    """What every page template needs: the strings, the language links, the search box.

    The language links keep the request's query, or only ``params`` when given.
    """
    if params is None:
        base = request.url
    else:
        base = request.url.replace(query="").include_query_params(
            **{k: v for k, v in params.items() if v}
        )

    def link(code: str) -> str:
        url = base.include_query_params(lang=code)
        return f"{url.path}?{url.query}"

    return {
        "request": request,
        "lang": lang,
        "t": t,
        "languages": [(code, link(code), code == lang) for code in LANGUAGES],
        "search_query": request.query_params.get("q", "") if request.url.path == "/search" else "",
        "path": request.url.path,
    }


def render(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(context)
