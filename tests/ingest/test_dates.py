"""Publication dates as ISO days (``ingest/dates.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from silang.ingest import iso_date

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-08T23:30:00-05:00", "2025-03-08"),
        ("Sat, 08 Mar 2025 06:15:00 +0700", "2025-03-08"),
        ("08/03/2025", "2025-03-08"),
        ("8-3-2025", "2025-03-08"),
        ("Sabtu, 8 Maret 2025 14:20 WIB", "2025-03-08"),
        ("13 Januari 2025", "2025-01-13"),
        ("March 8, 2025", "2025-03-08"),
        (1741392000, "2025-03-08"),
        ("kemarin", None),
        ("15 November", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected
