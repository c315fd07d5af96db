"""Build the shipped name lexicons of the entities component from open sources.

    python -m newsevents.entities.build_gazetteer /path/to/shared/gazetteers

Writes, beside the component (`newsevents/entities/data/`):
- `given_names.txt`: given names from the US 1990 Census first-name lists (public domain), the
  first-name lists of every Latin-script locale of Faker (MIT) and the names that the
  nomquamgender name table (MIT) counts at least `NOMQUAMGENDER_MIN_COUNT` times;
- `gazetteer_organizations.tsv`: well-known organizations (see `build_organizations`);
- `SOURCES.md`: each source with its version and licence.
Faker and nomquamgender are needed only to build (`pip install -e ".[gazetteer]"`), never at run time.
Run it again after changing a source or a threshold, and commit the files it writes.
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib
import importlib.metadata
import json
import pkgutil
from importlib import resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

DATA = Path(__file__).parent / "data"
NOMQUAMGENDER_MIN_COUNT = 50  # people with the name in its table: seen this often, it is a given name somewhere
NOMQUAMGENDER_MIN_SOURCES = 5  # of its name sources that list it: a word ("Zealand", "Doctor") is listed by few
LATIN_LIMIT = 0x250  # Latin letters with diacritics; other scripts never meet a capitalized Latin word


def name_shaped(word: str) -> bool:
    """A capitalized Latin-script word, hyphens and apostrophes allowed ("Jean-Claude", "D'Arcy")."""
    plain = word.replace("-", "").replace("'", "")
    return bool(plain) and plain.isalpha() and word[0].isupper() and all(ord(c) < LATIN_LIMIT for c in word)


def census_given_names(root: Path) -> set[str]:
    names = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (root / "census_names" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                names.add(line.split()[0].capitalize())
    return names


def faker_given_names() -> set[str]:
    """First names of every Faker person provider (all locales), Latin script only."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = getattr(provider, attribute, None)
            if isinstance(value, (dict, list, tuple)):
                names.update(n for n in value if isinstance(n, str) and name_shaped(n))
    return names


def nomquamgender_given_names() -> set[str]:
    """Names of the nomquamgender table (lower case; each row: number of sources, number of
    people, ...) seen often enough, in enough sources."""
    table = json.loads((resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    return {
        name.capitalize()
        for name, row in table.items()
        if row[1] >= NOMQUAMGENDER_MIN_COUNT and row[0] >= NOMQUAMGENDER_MIN_SOURCES and name_shaped(name.capitalize())
    }


def not_given_names() -> set[str]:
    """Words the noisy sources list as first names that news uses as something else: places,
    nationalities, titles and honorifics, months and weekdays, function words, the component's
    non-names and given-name exclusions."""
    import calendar

    from newsevents.entities.lexicons import load_places, read_lines

    words = (
        set(load_places())
        | set(read_lines("demonyms.txt"))
        | set(read_lines("honorifics.txt"))
        | set(read_lines("not_names.txt"))
    )
    words |= {t.capitalize() for t in read_lines("titles.txt")}
    words |= (
        set(calendar.month_name[1:]) | set(calendar.day_name) | set(calendar.month_abbr[1:]) | set(calendar.day_abbr)
    )
    words |= set(read_lines("given_name_exclusions.txt")) | {w.capitalize() for w in STOP_WORDS}
    return words


def english_words() -> set[str]:
    """Lower-case English words of WordNet 3.0 (its lemma index, as spacy-lookups-data ships it)."""
    import gzip

    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_index.json.gz"
    with path.open("rb") as raw, gzip.open(raw) as handle:
        index = json.load(handle)
    return {word for words in index.values() for word in words}


def common_surnames(root: Path, rank: int) -> set[str]:
    """The `rank` most common US census surnames ("Miller", "Yates")."""
    lines = (root / "census_names" / "dist.all.last").read_text(encoding="utf-8").splitlines()
    return {line.split()[0].capitalize() for line in lines[:rank] if line.strip()}


def version(package: str) -> str:
    return importlib.metadata.version(package)


def write_lines(path: Path, header: list[str], lines: list[str]) -> None:
    path.write_text("".join(f"# {h}\n" for h in header) + "".join(f"{line}\n" for line in lines), encoding="utf-8")


def build(root: Path) -> dict[str, int]:
    census, fake, nqg = census_given_names(root), faker_given_names(), nomquamgender_given_names()
    excluded = not_given_names()
    fake, nqg = fake - excluded - census, nqg - excluded - census - fake
    given = sorted(census | fake | nqg)
    write_lines(
        DATA / "given_names.txt",
        [
            "Given names, built by newsevents.entities.build_gazetteer; do not edit by hand.",
            f"Sources: US 1990 Census first names (public domain, {len(census)}), Faker {version('faker')} first names",
            f"(MIT, {len(fake)} more), nomquamgender {version('nomquamgender')} names counted >= {NOMQUAMGENDER_MIN_COUNT} in >= {NOMQUAMGENDER_MIN_SOURCES} sources (MIT, {len(nqg)} more);",
            "places, nationalities, titles, months and weekdays dropped from the last two.",
        ],
        given,
    )
    sources = [
        "# Sources of the built lexicons",
        "",
        "Built by `python -m newsevents.entities.build_gazetteer /path/to/shared/gazetteers`.",
        "",
        "| file | source | version | licence | entries |",
        "|---|---|---|---|---:|",
        f"| given_names.txt | US 1990 Census given names (`dist.male.first`, `dist.female.first`, via PyPI `names` 0.3.0) | 1990 | public domain | {len(census)} |",
        f"| given_names.txt | Faker person providers, `first_names*` of every locale, Latin script, less places, nationalities, titles, months and days | {version('faker')} | MIT (Copyright (c) 2012 Daniele Faraglia) | {len(fake)} more |",
        f"| given_names.txt | nomquamgender `name_data.json`, names with a count >= {NOMQUAMGENDER_MIN_COUNT} in >= {NOMQUAMGENDER_MIN_SOURCES} sources, same exclusions | {version('nomquamgender')} | MIT (Copyright (c) 2022 Ian Van Buskirk) | {len(nqg)} more |",
    ]
    counts = {"given_names": len(given)}
    counts.update(build_organizations(root, sources))
    (DATA / "SOURCES.md").write_text("\n".join(sources) + "\n", encoding="utf-8")
    return counts


PARTY_MIN_SHARE = 5.0  # vote share (%) for a party's names: the parties news names
PARTY_ACRONYM_MIN_SHARE = 10.0  # for its one-word names, which collide more often
PARTY_ACRONYM_SHARE = 20.0  # for its acronym, which collides with tickers and other initials most
PARTY_SINCE = 1980  # parties dissolved before this are left out
SURNAME_RANK_ONE_WORD = 20000  # a one-word company name that is this common a surname reads as a person


def ticker_companies(root: Path) -> list[str]:
    """Company names of pytickersymbols' indices (a Python literal `INDICES = {...}`)."""
    source = (root / "pytickersymbols" / "indices_data.py").read_text(encoding="utf-8")
    indices = ast.literal_eval(source[source.index("INDICES = ") + len("INDICES = ") :])
    return sorted({company["name"].strip() for index in indices.values() for company in index["companies"]})


def parties(root: Path) -> list[tuple[str, list[str]]]:
    """(canonical, forms) of Party Facts core parties with a vote share of at least `PARTY_MIN_SHARE`."""
    found = []
    with (root / "partyfacts" / "partyfacts-core-parties.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            share = float(row["share"]) if row["share"] else 0.0
            last_year = int(row["year_last"]) if row["year_last"].isdigit() else None
            if (
                share < PARTY_MIN_SHARE
                or "[" in row["name"] + row["name_english"]
                or (last_year and last_year < PARTY_SINCE)
            ):
                continue  # small, a technical entry ("[no-party]"), or gone before modern news
            english = [n.strip() for n in row["name_english"].split("/") if n.strip()]
            native = [n.strip() for n in row["name"].split("/") if n.strip()]
            names = [n for n in english + native if all(ord(c) < LATIN_LIMIT for c in n if c.isalpha())]
            if not names:
                continue
            one_word_ok = share >= PARTY_ACRONYM_MIN_SHARE
            names = [n for n in names if " " in n or (one_word_ok and n in native)]  # "Likud", not "Interest"
            if not names:
                continue
            forms = names[1:]
            short = row["name_short"].strip()
            if share >= PARTY_ACRONYM_SHARE and short.isalpha() and len(short) >= 3 and short[0].isupper():
                forms.append(short)  # "PASOK", "Likud", "Fidesz"
            found.append((names[0], forms))
    return found


def curated(name: str) -> list[tuple[str, list[str]]]:
    """(canonical, forms) of a hand-written list beside the component (its header states its source)."""
    from newsevents.entities.lexicons import read_lines

    rows = []
    for line in read_lines(name):
        canonical, _, others = line.partition("\t")
        rows.append((canonical.strip(), [f.strip() for f in others.split("|") if f.strip()]))
    return rows


def build_organizations(root: Path, sources: list[str]) -> dict[str, int]:
    """gazetteer_organizations.tsv: companies of pytickersymbols (without their legal form too),
    parties of Party Facts, and the curated lists of broadcasters, agencies, newspapers,
    legislatures, government bodies, central banks, intergovernmental groups and clubs.

    One-word forms are marked "~" (they count only where the text uses them as a name); a
    one-word company name that is a common surname, a given name or a place is left out, and so
    is any form that two organizations share."""
    from newsevents.entities.lexicons import load_org_words, load_places, read_lines

    suffixes = load_org_words()["suffix"]
    places = load_places()
    given = set(read_lines("given_names.txt"))
    surnames = common_surnames(root, SURNAME_RANK_ONE_WORD)
    common_acronyms = set(read_lines("common_acronyms.txt"))
    hand = {line.partition("\t")[0] for line in read_lines("organizations.tsv")}

    demonyms = set(read_lines("demonyms.txt"))

    english = english_words()

    def one_word_risk(form: str) -> bool:
        """An English word ("News", "Orange"), a place, a given name or a common surname."""
        return (
            form.lower() in english
            or form in places
            or form in given
            or form.capitalize() in surnames
            or form.lower() in STOP_WORDS
            or (len(form) <= 3 and any(c.isdigit() for c in form) and form[0].isalpha())  # "M3", "F1"
        )

    rows: list[tuple[str, list[str], str]] = []
    companies = ticker_companies(root)
    for name in companies:
        words = name.rstrip(",").split()
        bare = [w.rstrip(",") for w in words]
        while len(bare) > 1 and (bare[-1] in suffixes or bare[-1].rstrip(".") in suffixes):
            bare.pop()
        forms = [" ".join(bare)] if bare != words else []
        rows.append((name, forms, "tickers"))
    party_rows = parties(root)
    rows += [(c, f, "parties") for c, f in party_rows]
    curated_rows = curated("curated_organizations.tsv")
    rows += [(c, f, "curated") for c, f in curated_rows]
    owners: dict[str, set[str]] = {}
    for canonical, forms, _ in rows:
        for form in [canonical, *forms]:
            owners.setdefault(form.rstrip("~"), set()).add(canonical.rstrip("~"))
    lines = []
    for canonical, forms, kind in rows:
        if canonical.rstrip("~") in hand:
            continue
        kept = []
        for form in dict.fromkeys([canonical, *forms]):
            if kind == "curated":
                kept.append(form)  # its own "~" marks, as written
                continue
            if len(owners[form]) > 1 or len(form.replace(".", "")) < 2 or form in places or form in demonyms:
                continue  # shared, too short, or a place or nationality ("Czech Republic", "Chinese")
            one_word = " " not in form
            rest = form[4:] if form.startswith("The ") else ""
            if rest and " " not in rest and one_word_risk(rest):
                continue  # "The Union": the loader also reads it without "The"
            if one_word and form.isupper() and len(form) >= 4 and one_word_risk(form.capitalize()):
                continue  # "ARENA": the loader also reads it as "Arena"
            if one_word and form.isupper() and (form in common_acronyms or form in places):
                continue
            if one_word and form.endswith("'s"):
                continue  # "Moody's": the possessive rules read it
            if (one_word and not form.isupper() and one_word_risk(form)) or (
                one_word and one_word_risk(form) and any(c.isdigit() for c in form)
            ):
                continue
            kept.append(form + ("~" if one_word and not form.isupper() else ""))
        if not kept or kept[0].rstrip("~") != canonical.rstrip("~"):
            continue  # the name itself is ambiguous or a common word: none of its forms ship
        head = kept[0].rstrip("~")
        lines.append("\t".join([head, "|".join(kept if kept[0].endswith("~") else kept[1:])]).rstrip("\t"))
    write_lines(
        DATA / "gazetteer_organizations.tsv",
        [
            "Well-known organizations, built by newsevents.entities.build_gazetteer; do not edit by hand.",
            "Same format as organizations.tsv (which wins where both name one): canonical<TAB>form|form; "
            "a form ending in ~ counts only where used as a name.",
            f"Sources: pytickersymbols {TICKERS_VERSION} (MIT), Party Facts {PARTYFACTS_VERSION} (MIT), curated_organizations.tsv.",
        ],
        lines,
    )
    sources += [
        f"| gazetteer_organizations.tsv | pytickersymbols `indices_data.py`: companies of 20 stock indices, with and without legal form | {TICKERS_VERSION} | MIT (Copyright (c) 2023 portfolio+) | {len(companies)} |",
        f"| gazetteer_organizations.tsv | Party Facts core parties with vote share >= {PARTY_MIN_SHARE}% (one-word names >= {PARTY_ACRONYM_MIN_SHARE}%, short names >= {PARTY_ACRONYM_SHARE}%; none dissolved before {PARTY_SINCE}) | {PARTYFACTS_VERSION} | MIT (Copyright (c) 2022 Party Facts authors) | {len(party_rows)} |",
        f"| gazetteer_organizations.tsv | curated_organizations.tsv: well-known broadcasters, wire agencies, newspapers, legislatures, government bodies, central banks, intergovernmental groups, sports bodies, written from general knowledge of the domain | - | MIT (this project) | {len(curated_rows)} |",
        "",
        "Not used: the Crossref funder registry (CC0; too noisy for news without types) and the ANNIE gazetteer "
        "(LGPL-3.0; could ship only as separate LGPL files, and the permissive sources cover the same kinds).",
    ]
    return {"organizations": len(lines)}


TICKERS_VERSION = "1.17.10"
PARTYFACTS_VERSION = "hdigital/partyfactsdata 764de8978f84"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gazetteers", type=Path, help="the folder of raw open name lists")
    args = parser.parse_args()
    for name, count in build(args.gazetteers).items():
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
