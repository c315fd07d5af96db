from __future__ import annotations

import pytest

from newsevents.analysis.linking import Link, corpus_org_words, link_keys

ORG_WORDS = corpus_org_words()

LINKS = [
    pytest.param(
        [("person", "reagan"), ("person", "ronald reagan")],
        ("person", "reagan"),
        Link("ronald reagan", "linked", ("ronald reagan",)),
        id="surname-to-the-one-full-name",
    ),
    pytest.param(
        [("person", "reagan"), ("person", "ronald reagan"), ("person", "nancy reagan")],
        ("person", "reagan"),
        Link("reagan", "ambiguous", ("nancy reagan", "ronald reagan")),
        id="surname-of-two-full-names-stays",
    ),
    pytest.param(
        [("person", "ronald reagan"), ("person", "reagan")],
        ("person", "ronald reagan"),
        Link("ronald reagan", "own"),
        id="full-name-is-its-own",
    ),
    pytest.param(
        [("person", "ronald"), ("person", "ronald reagan")],
        ("person", "ronald"),
        Link("ronald", "own"),
        id="given-name-is-not-a-short-form",
    ),
    pytest.param(
        [("person", "gaulle"), ("person", "charles de gaulle")],
        ("person", "gaulle"),
        Link("charles de gaulle", "linked", ("charles de gaulle",)),
        id="surname-after-a-particle",
    ),
    pytest.param(
        [("organization", "chrysler"), ("organization", "chrysler corp")],
        ("organization", "chrysler"),
        Link("chrysler corp", "linked", ("chrysler corp",)),
        id="org-name-before-a-legal-form",
    ),
    pytest.param(
        [("organization", "federal reserve board"), ("organization", "us federal reserve board")],
        ("organization", "federal reserve board"),
        Link("us federal reserve board", "linked", ("us federal reserve board",)),
        id="org-after-a-country-prefix",
    ),
    pytest.param(
        [("organization", "american motors corp"), ("organization", "united auto workers and american motors corp")],
        ("organization", "american motors corp"),
        Link("american motors corp", "own"),
        id="org-not-linked-into-a-joined-pair",
    ),
    pytest.param(
        [("organization", "chrysler"), ("organization", "chrysler building")],
        ("organization", "chrysler"),
        Link("chrysler", "own"),
        id="org-not-linked-before-a-non-org-word",
    ),
    pytest.param(
        [("organization", "baker"), ("person", "james baker")],
        ("organization", "baker"),
        Link("baker", "own"),
        id="types-never-link",
    ),
]


@pytest.mark.parametrize(("keys", "entity", "link"), LINKS)
def test_link_keys(keys: list[tuple[str, str]], entity: tuple[str, str], link: Link) -> None:
    assert link_keys(keys, ORG_WORDS)[entity] == link


def test_link_keys_does_not_depend_on_order() -> None:
    keys = [
        ("person", "baker"),
        ("person", "james baker"),
        ("person", "reagan"),
        ("person", "ronald reagan"),
        ("organization", "chrysler"),
        ("organization", "chrysler corp"),
    ]
    assert link_keys(keys, ORG_WORDS) == link_keys(list(reversed(keys)), ORG_WORDS)
