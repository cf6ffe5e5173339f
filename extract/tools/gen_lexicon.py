#!/usr/bin/python3
"""Builds extract/'s lexicon table (a C++ source file) from the project's word lists
(extract/lexicon/*.txt) and general data in Debian packages: iso-codes (countries, US states),
tzdata and miscfiles (cities, given names), wamerican (common words), wordnet-base (irregular
verb forms, adjective -> country/organisation pertainyms).

Usage: gen_lexicon.py LEXICON_DIR OUTPUT.cpp
Missing Debian files are skipped with a note on stderr, so the build never fails for lack
of data; the extractor is then only less good.
"""
import gzip
import json
import os
import re
import sys

RELATIONS = ["role", "member_of", "part_of", "located_in", "meets", "succeeds", "appoints",
             "dismisses", "investigates", "accuses", "opposes", "supports", "communicates",
             "family", "related", "co_mention"]

# Must match LexFlag in extract/lexicon.hpp.
FLAGS = ["common", "given", "female", "male", "country", "city", "region", "demonym",
         "org_adj", "title", "title_mod", "org_head", "org_head_lower", "event_head", "month",
         "weekday", "pronoun", "generic", "verb", "rel_noun", "hedge", "negation", "attrib",
         "stop", "abbrev", "phrase_head", "honorific", "female_cue", "place_abbrev", "number_word", "nonentity_head", "org_noun"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

entries = {}
# LexRecord::verb_relation of a light verb (extract/lexicon_data.hpp: kLightVerb).
LIGHT_VERB = -2


def entry(key):
    key = key.lower()
    e = entries.get(key)
    if e is None:
        e = entries[key] = {"flags": 0, "canonical": "", "lemma": "", "verb": -1, "noun": -1,
                            "institution": "", "phrase": 0, "outlet": 0, "preps": "", "prep_rel": -1}
    return e


def add(key, flag, canonical=None, lemma=None):
    key = key.strip()
    if not key:
        return
    e = entry(key)
    e["flags"] |= BIT[flag]
    if canonical and not e["canonical"]:
        e["canonical"] = canonical
    if lemma and not e["lemma"]:
        e["lemma"] = lemma
    words = key.split(" ")
    if len(words) > 1:
        head = entry(words[0])
        head["flags"] |= BIT["phrase_head"]
        head["phrase"] = max(head["phrase"], len(words))
    return e


def note(msg):
    print("gen_lexicon: " + msg, file=sys.stderr)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def open_maybe_gz(path):
    if os.path.exists(path):
        return open(path, encoding="utf-8", errors="replace")
    if os.path.exists(path + ".gz"):
        return gzip.open(path + ".gz", "rt", encoding="utf-8", errors="replace")
    return None


def load_project(lexdir):
    p = lambda name: os.path.join(lexdir, name)
    for line in read_lines(p("titles.txt")):
        word, _, inst = line.partition("|")
        # Plurals ("the Ministers of Industry and Transport") are titles too.
        add(word + ("es" if word.endswith(("s", "sh", "ch")) else "s"), "title")
        e = add(word, "title")
        if inst:
            e["institution"] = inst
    for w in read_lines(p("title_modifiers.txt")):
        add(w, "title_mod")
    for w in read_lines(p("org_heads.txt")):
        add(w, "org_head")
    for w in read_lines(p("org_heads_lower.txt")):
        add(w, "org_head_lower")
    for w in read_lines(p("event_heads.txt")):
        add(w, "event_head")
    for w in read_lines(p("generic_people.txt")):
        add(w, "generic")
    for line in read_lines(p("pronouns.txt")):
        word, gender, _case = line.split()
        e = add(word, "pronoun")
        e["flags"] |= BIT["female"] if gender == "f" else BIT["male"] if gender == "m" else 0
    for line in read_lines(p("honorifics.txt")):
        word, gender = line.split()
        e = add(word, "honorific")
        e["flags"] |= BIT["female"] if gender == "f" else BIT["male"] if gender == "m" else 0
    for w in read_lines(p("org_nouns.txt")):
        add(w, "org_noun")
    for w in read_lines(p("non_entity_heads.txt")):
        add(w, "nonentity_head")
    for w in read_lines(p("female_titles.txt")):
        add(w, "female_cue")
    for w in read_lines(p("female_names.txt")):
        add(w, "female")
    for w in read_lines(p("hedges.txt")):
        add(w, "hedge")
    for w in read_lines(p("negations.txt")):
        add(w, "negation")
    for w in read_lines(p("attribution.txt")):
        add(w, "attrib")
    for w in read_lines(p("abbreviations.txt")):
        add(w, "abbrev")
    for line in read_lines(p("place_abbreviations.txt")):
        surface, canonical = line.split("|")
        add(surface, "place_abbrev", canonical)
    for line in read_lines(p("demonyms.txt")):
        surface, canonical = line.split("|")
        add(surface, "demonym", canonical)
    # Clock and calendar words ("PDT", "p.m.", "Nov"): they never start or join a name.
    for w in read_lines(p("time_words.txt")):
        add(w, "month")
    # Words that announce a work's title ("the film X", "X, the sequel"): a film, a show or a
    # book is no entity. Marked in the institution field (no flag bit is free).
    for w in read_lines(p("work_cues.txt")):
        if not entry(w)["flags"] & BIT["title"]:
            entry(w)["institution"] = entry(w)["institution"] or "#work"
    # Words that announce a vessel's name ("the frigate X", "MV X"): ships are no entities.
    for line in read_lines(p("vessel_cues.txt")):
        kind, w = line.split()
        if not entry(w)["institution"]:
            entry(w)["institution"] = "#vessel" if kind == "noun" else "#vessel-prefix"
    for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                           "august", "september", "october", "november", "december"]):
        add(m, "month")
    for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]:
        add(d, "weekday")
    for w in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "dozen", "hundred", "thousand", "million", "billion", "mln", "bln", "pct"]:
        add(w, "number_word")
    for w in ("the a an of in on at to for from by with and or but as that this these those "
              "it its is are was were be been being has have had do does did will shall can "
              "into onto over under about after before between during since until while when "
              "where who whom whose which what there their they them we our us you your i my "
              "me not no nor so than then too very also just only became becomes become remains remained").split():
        add(w, "stop")


# Must match the outlet_cue bits in extract/lexicon.hpp.
OUTLET_KINDS = ["name-last", "name-any", "noun", "head", "modifier", "after-name", "verb", "name-cited"]


def verb_forms(lemma, irregular):
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # Doubling for short CVC verbs (ban -> banned); harmless extra forms otherwise.
        if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | irregular.get(lemma, set())


def load_outlet_cues(lexdir, irregular):
    for line in read_lines(os.path.join(lexdir, "outlets.txt")):
        kind, word = line.split()
        bit = 1 << OUTLET_KINDS.index(kind)
        for w in (verb_forms(word, irregular) if kind == "verb" else {word}):
            entry(w)["outlet"] |= bit


def load_verbs(lexdir, irregular):
    by_lemma = {}
    with_preps = {}  # "work for member_of": the relation of the verb with that preposition
    for line in read_lines(os.path.join(lexdir, "verbs.txt")):
        fields = line.split()
        if len(fields) == 3:
            lemma, prep, rel = fields
            preps, old = with_preps.get(lemma, ([], RELATIONS.index(rel)))
            if old != RELATIONS.index(rel):
                raise SystemExit("verbs.txt: %s takes one relation for all its prepositions" % lemma)
            with_preps[lemma] = (preps + [prep], old)
            continue
        lemma, rel = fields
        if rel == "none":  # a light verb ("have", "take"): states no link by itself
            for f in verb_forms(lemma, irregular):
                e = entry(f)
                if e["verb"] == -1:
                    e["verb"] = LIGHT_VERB
                if not e["lemma"]:
                    e["lemma"] = lemma
            continue
        by_lemma[lemma] = RELATIONS.index(rel)
    for lemma, (preps, rel) in with_preps.items():
        for f in verb_forms(lemma, irregular):
            e = entry(f)
            e["preps"] = " ".join(preps)
            e["prep_rel"] = rel
            if not e["lemma"]:
                e["lemma"] = lemma
    for lemma, rel in by_lemma.items():
        for f in verb_forms(lemma, irregular):
            e = add(f, "verb", lemma=lemma)
            if e["verb"] < 0:
                e["verb"] = rel
                e["lemma"] = lemma
    for line in read_lines(os.path.join(lexdir, "nouns.txt")):
        noun, rel = line.split()
        e = add(noun, "rel_noun")
        e["noun"] = RELATIONS.index(rel)


def load_irregular_verbs():
    irregular = {}
    f = open_maybe_gz("/usr/share/wordnet/verb.exc")
    if f is None:
        note("wordnet verb.exc not found")
        return irregular
    with f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                irregular.setdefault(parts[1], set()).add(parts[0])
    return irregular


def load_common_words():
    f = open_maybe_gz("/usr/share/dict/american-english")
    if f is None:
        note("wamerican not found")
        return
    with f:
        for line in f:
            w = line.strip()
            if w and w.islower() and "'" not in w:
                add(w, "common")


def load_given_names():
    f = open_maybe_gz("/usr/share/dict/propernames")
    if f is None:
        note("miscfiles propernames not found")
        return
    with f:
        for line in f:
            w = line.strip()
            if w and " " not in w:
                add(w, "given")


def wordnet_location_synsets():
    """Synonym sets of WordNet's noun.location synsets, by each member (lower case)."""
    path = "/usr/share/wordnet/data.noun"
    by_word = {}
    if not os.path.exists(path):
        return by_word
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if line.startswith(" ") or parts[1] != "15":
                continue
            n = int(parts[3], 16)
            words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).replace("_", " ") for i in range(n)]
            for w in words:
                by_word.setdefault(w.lower(), words)
    return by_word


def common_name(iso, synsets):
    """The name people write for a country whose ISO name is formal ("Syrian Arab Republic",
    "X, Republic of"): its shortest WordNet synonym that is not formal itself."""
    formal = "," in iso or " of " in iso or re.search(r"\b(Republic|Federation)\b", iso) is not None
    if not formal:
        return iso
    candidates = set()
    for key in {iso.lower(), iso.split(",")[0].lower()}:
        candidates.update(synsets.get(key, []))
    informal = [w for w in candidates
                if w[:1].isupper() and not re.search(r"\b(Republic|Federation)\b| of |,", w)]
    if not informal:
        return iso.split(",")[0] if "," in iso else iso
    return min(informal, key=lambda w: (len(w), w))


def country_names(lexdir):
    synsets = wordnet_location_synsets()
    names = {}  # surface -> canonical
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    if not os.path.exists(path):
        note("iso-codes not found")
        return names
    with open(path, encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            iso = c["name"]
            canonical = c.get("common_name") or common_name(iso, synsets)
            if "," in canonical:
                continue
            for n in {iso, canonical, c.get("common_name", ""), c.get("official_name", "")}:
                if n and "," not in n:
                    names[n] = canonical
    return names


def load_places(lexdir):
    countries = country_names(lexdir)
    for surface, canonical in countries.items():
        add(surface, "country", canonical)
    path = "/usr/share/iso-codes/json/iso_3166-2.json"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for s in json.load(f)["3166-2"]:
                if s["code"].startswith(("US-", "CA-", "AU-")) and s["type"] in ("State", "Province", "state", "province"):
                    if s["name"].lower() not in entries or not entries[s["name"].lower()]["flags"] & BIT["common"]:
                        add(s["name"], "region", s["name"])
    cities = set()
    tz = "/usr/share/zoneinfo/zone1970.tab"
    if os.path.exists(tz):
        for line in open(tz, encoding="utf-8"):
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                cities.add(parts[2].split("/")[-1].replace("_", " "))
    else:
        note("tzdata zone1970.tab not found")
    f = open_maybe_gz("/usr/share/misc/cities.dat")
    if f is not None:
        with f:
            kind = None
            for line in f:
                if line.startswith("Type"):
                    kind = line.split(":", 1)[1].strip()
                elif line.startswith("Name") and kind == "City":
                    cities.add(line.split(":", 1)[1].strip())
    else:
        note("miscfiles cities.dat not found")
    for c in cities:
        key = c.lower()
        e = entries.get(key)
        # "Center", "Mobile", "Florence": a city name that is also a common word or a given
        # name is left out; a capitalised run is then typed by other evidence.
        if e and e["flags"] & (BIT["common"] | BIT["given"] | BIT["female"]):
            continue
        add(c, "city", c)
    return countries


def load_wordnet_pertainyms(countries):
    data_noun = "/usr/share/wordnet/data.noun"
    data_adj = "/usr/share/wordnet/data.adj"
    if not (os.path.exists(data_noun) and os.path.exists(data_adj)):
        note("wordnet data files not found")
        return
    synsets = {}  # offset -> (lexfile, words)
    with open(data_noun, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            n = int(parts[3], 16)
            words = [parts[4 + 2 * i].replace("_", " ") for i in range(n)]
            synsets[parts[0]] = (int(parts[1]), words)
    org_heads = {k for k, v in entries.items() if v["flags"] & (BIT["org_head"] | BIT["org_head_lower"])}
    iso_lower = {k.lower(): v for k, v in countries.items()}
    abbrev_lower = {k: v["canonical"] for k, v in entries.items() if v["flags"] & BIT["place_abbrev"]}

    def countries_of(nwords):
        # ISO countries win over historical or informal names ("Germany", not "West Germany").
        for table in (iso_lower, abbrev_lower):
            found = [table[w.lower()] for w in nwords if w.lower() in table]
            if found:
                return found
        return []

    demonym_candidates = {}
    with open(data_adj, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            n = int(parts[3], 16)
            words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).replace("_", " ") for i in range(n)]
            p = 4 + 2 * n
            pcnt = int(parts[p])
            targets = []
            for i in range(pcnt):
                sym, off, pos = parts[p + 1 + 4 * i: p + 4 + 4 * i]
                if sym == "\\" and pos == "n":
                    targets.append(off)
            countries_seen = []
            for off in targets:
                lexfile, nwords = synsets.get(off, (0, []))
                countries = countries_of(nwords)
                if countries:
                    countries_seen.extend(countries)
                elif lexfile == 14 and len(nwords) == 1 and nwords[0].lower() in org_heads:
                    # "Parliamentary" -> Parliament: the adjective of an institution; used only
                    # when capitalised in running text.
                    for w in words:
                        if " " not in w:
                            add(w, "org_adj", nwords[0][:1].upper() + nwords[0][1:])
            for w in words:
                if w[:1].isupper():
                    demonym_candidates.setdefault(w, []).extend(countries_seen)
    for w, cands in sorted(demonym_candidates.items()):
        if cands:
            # Several countries ("Chinese": China, Taiwan): the one spelled most like the
            # adjective.
            best = max(cands, key=lambda c: (common_prefix(c.lower(), w.lower()), -cands.index(c)))
            add(w, "demonym", best)


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# WordNet's kinds of town ("Dayton" is an instance of city, "Galveston" of town): a place
# that is one is flagged a city, not a region, so that "Fort Bend, Galveston" reads as two
# towns and not as a town in its state. Other locations (states, provinces, islands, areas)
# stay regions.
TOWN_KINDS = {"city", "town", "port", "national_capital", "state_capital", "provincial_capital", "capital",
              "port_of_entry", "seaport", "village", "borough", "suburb", "city_district", "municipality",
              "urban_center", "metropolis", "hamlet", "township"}


def load_wordnet_locations():
    """Capitalised lemmas of WordNet's noun.location synsets (regions, cities, rivers):
    a gazetteer of places. Words that are also common words or given names are left out."""
    path = "/usr/share/wordnet/data.noun"
    if not os.path.exists(path):
        return
    first_lemma = {}  # synset offset -> its first lemma
    locations = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            first_lemma[parts[0]] = parts[4]
            if parts[1] == "15":
                locations.append(parts)
    for parts in locations:
        n = int(parts[3], 16)
        k = 4 + 2 * n
        pointers = [(parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]) for i in range(int(parts[k]))]
        town = any(sym == "@i" and first_lemma.get(off) in TOWN_KINDS for sym, off in pointers)
        for i in range(n):
            w = parts[4 + 2 * i].replace("_", " ")
            w = re.sub(r"\(.*\)$", "", w)
            if not w[:1].isupper() or len(w) < 3 or any(c.isdigit() for c in w):
                continue
            if any(not x[:1].isupper() and x not in ("of", "and", "the", "de", "upon", "on", "la", "el")
                   for x in w.split(" ")):
                continue  # "Finnish province": a description, not a name
            key = w.lower()
            e = entries.get(key)
            if e and e["flags"] & (BIT["common"] | BIT["given"] | BIT["female"] | BIT["stop"] | BIT["title"] | BIT["org_head"]):
                continue
            words = key.split(" ")
            if len(words) > 1 and any(x in entries and entries[x]["flags"] & (BIT["title"] | BIT["org_head"]) for x in words):
                continue
            add(w, "city" if town else "region", w)


def cpp_string(s):
    """A string_view with its length spelled out: the table then needs no strlen at compile
    time, so GCC initialises it statically (constinit) instead of emitting a huge
    initialisation function that takes minutes to compile."""
    if not s:
        return "{}"
    escaped = s.replace("\\", "\\\\").replace('"', '\\"')
    return '{"%s", %d}' % (escaped, len(s.encode("utf-8")))


def write_cpp(path):
    lines = ["// Generated by extract/tools/gen_lexicon.py; do not edit.",
             '#include "extract/lexicon_data.hpp"', "", "namespace kg::extract {", "",
             "constinit const LexRecord kLexRecords[] = {"]
    for key in sorted(entries):
        e = entries[key]
        lines.append("    {%s, %du, %s, %s, %d, %d, %s, %d, %d, %s, %d}," % (
            cpp_string(key), e["flags"], cpp_string(e["canonical"]), cpp_string(e["lemma"]),
            e["verb"], e["noun"], cpp_string(e["institution"]), e["phrase"], e["outlet"],
            cpp_string(e["preps"]), e["prep_rel"]))
    lines += ["};", "", "const std::size_t kLexRecordCount = sizeof(kLexRecords) / sizeof(kLexRecords[0]);",
              "", "}  // namespace kg::extract", ""]
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    os.replace(tmp, path)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    lexdir, out = argv[1], argv[2]
    load_common_words()
    load_given_names()
    load_project(lexdir)
    irregular = load_irregular_verbs()
    load_verbs(lexdir, irregular)
    load_outlet_cues(lexdir, irregular)
    countries = load_places(lexdir)
    load_wordnet_pertainyms(countries)
    load_wordnet_locations()
    # Debian's propernames lists a few words that are not names in running text ("The").
    for e in entries.values():
        if e["flags"] & BIT["stop"]:
            e["flags"] &= ~BIT["given"]
    write_cpp(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
