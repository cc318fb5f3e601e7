"""Checklist files: validation with clear messages, conditions, fees, versions, default content."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from counter_app import checklists, conditions, content
from counter_app.errors import ContentError

from .conftest import FIXTURES


def raw_fixture() -> dict:
    return yaml.safe_load((FIXTURES / "test_matter.yaml").read_text("utf-8"))


def problems_of(data) -> str:
    with pytest.raises(ContentError) as info:
        checklists.parse_checklist(data, origin="test.yaml")
    return str(info.value)


def test_fixture_parses_with_all_parts(test_checklist):
    assert test_checklist.id == "test_matter"
    assert [g.id for g in test_checklist.groups] == ["questions", "documents"]
    assert test_checklist.item("funding").choices == {"blocked_account": "Sperrkonto", "scholarship": "Stipendium"}
    assert test_checklist.item("marriage_certificate").when == {"married": True}


def test_condition_naming_unknown_question_is_refused_with_its_name():
    data = raw_fixture()
    data["groups"][1]["items"][1]["when"] = {"divorced": True}
    message = problems_of(data)
    assert "divorced" in message and "marriage_certificate" in message and "test.yaml" in message


def test_condition_may_not_look_forward():
    data = raw_fixture()
    data["groups"][0]["items"][0]["when"] = {"married": True}  # married stands after first_permit
    assert "married" in problems_of(data)


def test_invalid_choice_value_and_missing_languages_are_all_reported():
    data = raw_fixture()
    data["groups"][1]["items"][3]["when"] = {"funding": "loan"}
    del data["groups"][1]["items"][0]["client_text"]["fa"]
    message = problems_of(data)
    assert "loan" in message and "fa" in message


def test_duplicate_ids_and_bad_kind_are_refused():
    data = raw_fixture()
    data["groups"][1]["items"][1]["id"] = "passport"
    data["groups"][1]["items"][2]["kind"] = "photo"
    message = problems_of(data)
    assert "passport" in message and "photo" in message


def test_negative_fee_and_bad_factor_are_refused():
    data = raw_fixture()
    data["fees"]["items"][0]["amount"] = -5
    data["fees"]["reductions"][1]["factor"] = 2
    message = problems_of(data)
    assert "negativ" in message and "factor" in message


def test_broken_yaml_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: x\ngroups:\n  - id: a\n   title: [unclosed\n", "utf-8")
    with pytest.raises(ContentError) as info:
        checklists.load_checklist_file(path)
    assert "broken.yaml" in str(info.value) and "line" in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ContentError, match="fehlt"):
        checklists.load_checklist_file(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("condition", "facts", "expected"),
    [
        ({"married": True}, {"married": True}, True),
        ({"married": True}, {"married": False}, False),
        ({"married": True}, {}, None),
        ({"not": {"married": True}}, {}, None),
        ({"not": {"married": True}}, {"married": False}, True),
        ({"age": {"lt": 18}}, {"age": 17}, True),
        ({"age": {"lt": 18}}, {"age": 18}, False),
        ({"age": {"ge": 16, "lt": 18}}, {"age": 16}, True),
        ({"funding": ["a", "b"]}, {"funding": "b"}, True),
        ({"any": [{"x": True}, {"y": True}]}, {"x": False}, None),
        ({"any": [{"x": True}, {"y": True}]}, {"x": False, "y": True}, True),
        ({"all": [{"x": True}, {"y": True}]}, {"x": False}, False),
        ({"x": True, "y": True}, {"x": True, "y": True}, True),
    ],
)
def test_three_valued_conditions(condition, facts, expected):
    assert conditions.evaluate(condition, facts) is expected


def fees_for(checklist, **facts):
    return checklists.compute_fees(checklist, facts)


def test_fees_first_permit_extension_and_reductions(test_checklist):
    assert fees_for(test_checklist, first_permit=True, age=30).total == Decimal("100.00")
    assert fees_for(test_checklist, first_permit=False, age=30).total == Decimal("93.00")
    minor = fees_for(test_checklist, first_permit=False, age=15)
    assert minor.total == Decimal("46.50") and minor.reduction.id == "minor"
    exempt = fees_for(test_checklist, first_permit=True, age=15, benefits=True)
    assert exempt.total == Decimal("0.00") and exempt.reduction.id == "benefits"
    assert fees_for(test_checklist, age=30).lines == ()


def test_format_euro_is_german():
    assert checklists.format_euro(Decimal("1234.5")) == "1.234,50 €"


def test_publish_creates_versions_only_on_change(empty_store, test_checklist):
    assert checklists.publish(empty_store, test_checklist, author="a") == 1
    assert checklists.publish(empty_store, test_checklist, author="a") == 1
    data = test_checklist.to_dict()
    data["title"] = "Testanliegen (neu)"
    changed = checklists.parse_checklist(data, origin="edit")
    assert checklists.publish(empty_store, changed, author="b", comment="Titel") == 2
    assert checklists.load(empty_store, "test_matter").title == "Testanliegen (neu)"
    assert checklists.load(empty_store, "test_matter", 1).title == "Testanliegen"
    info = checklists.matters(empty_store)[0]
    assert (info.current_version, info.version_count) == (2, 2)


def test_round_trip_through_canonical_form(test_checklist):
    again = checklists.parse_checklist(test_checklist.to_dict(), origin="again")
    assert again.to_dict() == test_checklist.to_dict()


def test_default_content_has_at_least_ten_valid_matters_with_sources_and_fees():
    loaded = content.load_default_checklists()
    assert len(loaded) >= 10
    for checklist in loaded:
        assert checklist.sources, checklist.id
        assert checklist.fee_source and checklist.fee_items, checklist.id
        assert sum(1 for _ in checklist.items()) >= 8, checklist.id
        for item in checklist.items():
            if item.kind != "hint":
                assert set(checklists.CLIENT_LANGUAGES) <= set(item.client_text), (checklist.id, item.id)


@pytest.mark.parametrize("matter", ["study", "skilled_worker", "blue_card", "opportunity_card",
                                    "spouse_reunification", "child_reunification", "settlement_permit",
                                    "eu_long_term", "extension", "fiktionsbescheinigung", "new_passport",
                                    "humanitarian"])
def test_each_required_matter_is_in_the_default_content(matter):
    path = Path(content.default_checklist_files()[0]).parent / f"{matter}.yaml"
    checklist = checklists.load_checklist_file(path)
    assert checklist.legal_basis and checklist.id == matter
