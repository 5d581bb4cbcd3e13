"""The KPI vocabulary is data: only the three ids Kolada confirmed are marked verified."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.domain import KOLADA_KPI
from amp_desktop.core.kolada.vocabulary import (
    VocabularyError,
    read_vocabulary,
    vocabulary,
    with_metadata,
)
from amp_desktop.core.results.categories import WORK_OR_STUDIES_KPI
from amp_desktop.core.yearly.referrals_cost import REFERRAL_KEYS


def test_verified_are_exactly_the_three_confirmed_ids() -> None:
    verified = {k.kolada_id for k in vocabulary().values() if k.verified}
    assert verified == {"U40455", "N40008", "N40011"}
    assert vocabulary()["work_or_studies_share"].kolada_id == WORK_OR_STUDIES_KPI


def test_referral_ids_agree_with_the_sources_kolada_categories() -> None:
    for category, key in REFERRAL_KEYS.items():
        assert vocabulary()[key].kolada_id == KOLADA_KPI[category]


def test_every_row_has_both_languages() -> None:
    for kpi in vocabulary().values():
        assert kpi.title_sv and kpi.title_en and kpi.definition_sv and kpi.definition_en


def test_metadata_confirms_and_corrects() -> None:
    kpis = with_metadata(vocabulary(), {"persons": ("U40801", "Deltagare, antal")})
    assert kpis["persons"].kolada_id == "U40801"
    assert kpis["persons"].verified and kpis["persons"].kolada_title == "Deltagare, antal"
    assert not vocabulary()["persons"].verified  # the file's vocabulary is untouched


def test_a_broken_vocabulary_file_says_where(tmp_path: Path) -> None:
    path = tmp_path / "kpis.csv"
    path.write_text(
        "key,kolada_id,unit,verified,title_sv,title_en,definition_sv,definition_en\n"
        "a,U1,count,maybe,t,t,d,d\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match=":2:"):
        read_vocabulary(path)
