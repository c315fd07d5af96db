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
import importlib
import importlib.metadata
import json
import pkgutil
from importlib import resources
from pathlib import Path

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

    from spacy.lang.en.stop_words import STOP_WORDS

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


def build_organizations(root: Path, sources: list[str]) -> dict[str, int]:
    """Well-known organizations (filled in by the organization gazetteer step)."""
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gazetteers", type=Path, help="the folder of raw open name lists")
    args = parser.parse_args()
    for name, count in build(args.gazetteers).items():
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
