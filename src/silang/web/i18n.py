"""UI strings in Indonesian and English, read from ``web/i18n/<code>.yaml``.

    >>> t = translator("en")
    >>> t("story.conflicts")
    'Conflicts'
    >>> t("stories.count", count=3)
    '3 stories'

The language of a request comes from ``?lang=``, then the ``silang_lang`` cookie, then the
browser's ``Accept-Language``; Indonesian is the default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANG_COOKIE = "silang_lang"

Translator = Callable[..., str]


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


@cache
def strings(lang: str) -> dict[str, str]:
    """All UI strings of one language as ``{"story.conflicts": "Conflicts", ...}``."""
    if lang not in LANGUAGES:
        raise ValueError(f"no UI strings for language {lang!r}")
    text = resources.files("silang.web").joinpath("i18n", f"{lang}.yaml").read_text("utf-8")
    return _flatten(yaml.safe_load(text) or {})


def translator(lang: str) -> Translator:
    """``t(key, **values)``: the string in ``lang``, else in English, else the key itself."""
    own = strings(lang)
    fallback = strings("en")

    def t(key: str, **values: Any) -> str:
        text = own.get(key) or fallback.get(key) or key
        return text.format(**values) if values else text

    return t


def pick_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The UI language for a request: ``?lang=`` > cookie > Accept-Language > Indonesian.

    >>> pick_language(None, None, "en-GB,en;q=0.9")
    'en'
    """
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE
