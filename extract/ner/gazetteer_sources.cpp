// Where the gazetteer's lists come from: general data that Debian packages ship (no list is
// written by hand from the corpora the recogniser is measured on).
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "extract/ner/gazetteer.hpp"

namespace kg::nlp::ner {
namespace {

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool starts_upper(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

// A listed name as the corpus would tokenise it: underscores are spaces; names with commas or
// parentheses ("Korea, Republic of") are left out (iso-codes gives their common name too).
bool clean_phrase(std::string_view in, std::string& out) {
    out.clear();
    for (char c : in) {
        if (c == ',' || c == '(' || c == ')' || c == ';' || c == '/') return false;
        out.push_back(c == '_' ? ' ' : c);
    }
    return !out.empty();
}

struct Builder {
    Gazetteer g;
    void (*note)(const std::string&);
    std::string buf;

    void add(int list, std::string_view phrase) {
        if (clean_phrase(phrase, buf)) g.add(list, buf);
    }
    // The file's text; a file Debian ships gzipped (miscfiles) is read through gzip, which
    // every Debian system has (training only: the model keeps the lists it needs).
    bool open(const std::string& path, std::string& text) {
        std::ifstream in(path, std::ios::binary);
        if (in) {
            std::ostringstream ss;
            ss << in.rdbuf();
            text = ss.str();
            return true;
        }
        if (std::ifstream(path + ".gz") && gunzip(path + ".gz", text)) return true;
        note("gazetteer: " + path + " not found (install its Debian package); list left out");
        return false;
    }
    static bool gunzip(const std::string& path, std::string& text) {
        if (path.find('\'') != std::string::npos) return false;
        std::FILE* p = ::popen(("gzip -dc -- '" + path + "'").c_str(), "r");
        if (!p) return false;
        text.clear();
        char buf[65536];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
        return ::pclose(p) == 0;
    }
    // Each line of a text file (comments '#' skipped).
    template <class F>
    void lines(const std::string& path, F f) {
        std::string text;
        if (!open(path, text)) return;
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty() || line[0] == '#') continue;
            f(line);
        }
    }
    // The string fields `fields` of each object of the array `array` of an iso-codes file.
    void iso(const std::string& path, const char* array, std::initializer_list<const char*> fields, int list) {
        std::string text;
        if (!open(path, text)) return;
        rapidjson::Document d;
        d.Parse(text.c_str());
        if (d.HasParseError() || !d.IsObject() || !d.HasMember(array) || !d[array].IsArray()) {
            note("gazetteer: " + path + " is not the iso-codes layout; list left out");
            return;
        }
        for (const auto& e : d[array].GetArray()) {
            if (!e.IsObject()) continue;
            for (const char* f : fields)
                if (e.HasMember(f) && e[f].IsString()) add(list, e[f].GetString());
        }
    }
};

// WordNet's lexicographer files of nouns and adjectives (data.noun / data.adj: "offset lexfile
// pos count word lexid ... pointers | gloss").
struct WordNetSynset {
    int lexfile = -1;
    bool instance = false;
    std::vector<std::string> words;
};

bool parse_synset(const std::string& line, WordNetSynset& s) {
    if (line.empty() || line[0] == ' ') return false;
    std::istringstream in(line);
    std::string offset, pos, count;
    if (!(in >> offset >> s.lexfile >> pos >> count)) return false;
    int n = static_cast<int>(std::strtol(count.c_str(), nullptr, 16));
    s.words.clear();
    for (int i = 0; i < n; ++i) {
        std::string w, lexid;
        if (!(in >> w >> lexid)) return false;
        if (auto p = w.find('('); p != std::string::npos) w.resize(p);  // "German(a)": adjective marker
        s.words.push_back(w);
    }
    s.instance = line.find(" @i ") != std::string::npos;
    return true;
}

}  // namespace

std::string default_lexicon_dir() { return KGRAPH_NER_LEXICON_DIR; }

Gazetteer build_gazetteer(const std::string& root, const std::string& lexicon_dir, void (*note)(const std::string&)) {
    Builder b{Gazetteer{}, note, {}};
    auto& g = b.g;
    const int country = g.add_list("country"), region = g.add_list("region"), city = g.add_list("city"),
              wn_place = g.add_list("wordnet-place"), given = g.add_list("given-name"),
              wn_person = g.add_list("wordnet-person"), surname = g.add_list("surname"),
              wn_org = g.add_list("wordnet-organisation"), demonym = g.add_list("demonym"),
              language = g.add_list("language"), wn_event = g.add_list("wordnet-event"),
              lower_word = g.add_list("common-word"), proper_word = g.add_list("dictionary-name"),
              title = g.add_list("title"), org_head = g.add_list("organisation-head"),
              currency = g.add_list("currency");
    const std::string share = root + "/usr/share/";

    // iso-codes: countries (current and former), their subdivisions, languages, currencies.
    b.iso(share + "iso-codes/json/iso_3166-1.json", "3166-1", {"name", "common_name", "official_name"}, country);
    b.iso(share + "iso-codes/json/iso_3166-3.json", "3166-3", {"name"}, country);
    b.iso(share + "iso-codes/json/iso_3166-2.json", "3166-2", {"name"}, region);
    b.iso(share + "iso-codes/json/iso_639-2.json", "639-2", {"name"}, language);
    b.iso(share + "iso-codes/json/iso_4217.json", "4217", {"name"}, currency);

    // tzdata: "CC<TAB>coordinates<TAB>Area/City" -> the city.
    b.lines(share + "zoneinfo/zone.tab", [&](const std::string& line) {
        std::istringstream in(line);
        std::string cc, coords, zone;
        if (!(in >> cc >> coords >> zone)) return;
        b.add(city, zone.substr(zone.rfind('/') + 1));
    });
    // miscfiles: cities (a block per city, "Name        : Aberdeen"), countries and capitals
    // ("004:AF:AFG:Afghanistan:Kabul"), airports ("AAL:Aalborg:DK::Aalborg"), given names.
    b.lines(share + "misc/cities.dat", [&](const std::string& line) {
        if (line.rfind("Name", 0) == 0)
            if (auto p = line.find(": "); p != std::string::npos) b.add(city, line.substr(p + 2));
    });
    b.lines(share + "misc/countries", [&](const std::string& line) {
        std::vector<std::string> f;
        std::istringstream in(line);
        for (std::string x; std::getline(in, x, ':');) f.push_back(x);
        if (f.size() >= 5) b.add(country, f[3]), b.add(city, f[4]);
    });
    b.lines(share + "misc/airport", [&](const std::string& line) {
        std::vector<std::string> f;
        std::istringstream in(line);
        for (std::string x; std::getline(in, x, ':');) f.push_back(x);
        if (f.size() >= 5) b.add(city, f[4]);
    });
    b.lines(share + "dict/propernames", [&](const std::string& line) { b.add(given, line); });
    b.lines(lexicon_dir + "/female_names.txt", [&](const std::string& line) { b.add(given, line); });

    // wamerican: common lower-case words, and the capitalised words a dictionary lists.
    b.lines(share + "dict/american-english", [&](const std::string& line) {
        if (line.find('\'') != std::string::npos) return;
        b.add(has_upper(line) ? proper_word : lower_word, line);
    });

    // WordNet: instances (proper names) of places, people, groups and events; capitalised
    // adjectives and person nouns ("German", "Republican") as demonyms.
    WordNetSynset s;
    b.lines(share + "wordnet/data.noun", [&](const std::string& line) {
        if (!parse_synset(line, s)) return;
        for (const auto& w : s.words) {
            if (!starts_upper(w)) continue;
            if (s.lexfile == 15 && s.instance) b.add(wn_place, w);
            if (s.lexfile == 18 && s.instance) {
                b.add(wn_person, w);
                if (auto p = w.rfind('_'); p != std::string::npos) b.add(surname, w.substr(p + 1));
            }
            if (s.lexfile == 18 && !s.instance && w.find('_') == std::string::npos) b.add(demonym, w);
            if (s.lexfile == 14 && s.instance) b.add(wn_org, w);
            if ((s.lexfile == 11 || s.lexfile == 4) && s.instance) b.add(wn_event, w);
        }
    });
    b.lines(share + "wordnet/data.adj", [&](const std::string& line) {
        if (!parse_synset(line, s)) return;
        for (const auto& w : s.words)
            if (starts_upper(w)) b.add(demonym, w);
    });

    // The extractor's general word lists: titles and honorifics, organisation head words.
    auto first_field = [](const std::string& line) {
        std::string f = line.substr(0, line.find_first_of("|\t"));
        if (auto p = f.find(' '); p != std::string::npos && f.find(' ', p + 1) == std::string::npos &&
                                  f.size() - p <= 2)
            f.resize(p);  // "mr m": honorific then gender
        return f;
    };
    b.lines(lexicon_dir + "/titles.txt", [&](const std::string& line) { b.add(title, first_field(line)); });
    b.lines(lexicon_dir + "/honorifics.txt", [&](const std::string& line) { b.add(title, first_field(line)); });
    b.lines(lexicon_dir + "/org_heads.txt", [&](const std::string& line) { b.add(org_head, first_field(line)); });
    g.finish();
    return g;
}

}  // namespace kg::nlp::ner
