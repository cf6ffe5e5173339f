// Mentions: capitalised words that name no person, organisation or place, and the general
// typing fixes found on business news: "New Zealand" at the start of a sentence, currencies
// ("U.S. Dlrs"), codes and ratings ("MD-11", "Baa-2"), calendar words ("Jan 5", "EST"),
// geographic names ("Lake Onega"), a head word alone ("the Bank" after "Bank of Lund").
#include <algorithm>
#include <array>
#include <unordered_set>

#include "extract/mentions/finder.hpp"
#include "graph/names.hpp"

namespace kg::extract::mention_rules {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

// "New Zealand said ...": a sentence-initial common word ("New", "South") that starts a
// place's name in the gazetteer starts a name.
bool MentionFinder::starts_place_phrase(std::uint32_t i, std::uint32_t end) const {
    if (!tok(i).is(shape::kCap) || !tok(i).has(lx::kPhraseHead)) return false;
    for (std::uint32_t k = i + 2; k <= end && k <= i + 4; ++k) {
        if (!tok(k - 1).is(shape::kCap)) return false;
        const LexRecord* r = phrase(i, k);
        if (r && (r->flags & (kPlaceFlags | lx::kDemonym)) && !r->canonical.empty()) return true;
    }
    return false;
}

// "Widget Inc said": a sentence-initial common word directly before an organisation's head
// word starts its name.
bool MentionFinder::starts_org_name(std::uint32_t i, std::uint32_t end) const {
    const Token& t = tok(i);
    if (!t.is(shape::kCap) || t.is(shape::kAllCaps) || t.has(lx::kStop | lx::kPronoun | lx::kGeneric | lx::kMonth | lx::kWeekday | lx::kOrgHead))
        return false;
    for (std::uint32_t k = i + 1; k < end && k <= i + 3; ++k) {
        if (!tok(k).is(shape::kCap) || tok(k).is(shape::kPunct) || tok(k).has(lx::kStop)) return false;
        if (tok(k).has(lx::kOrgHead) && !tok(k).has(lx::kTitle)) return true;
    }
    return false;
}

// Are the initials of the capitalised words [a, b) written as an acronym elsewhere in the
// article ("United Press Agency" ... "UPA")?
bool MentionFinder::acronym_written(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2) return false;
    std::string acronym;
    for (std::uint32_t k = a; k < b; ++k) {
        char c = text(k)[0];
        if (c >= 'A' && c <= 'Z') acronym += static_cast<char>(c + 32);
    }
    if (acronym.size() < 2 || !capitalised_mid_sentence(acronym)) return false;
    // The acronym is written in capitals (the set of such words is built once per article).
    if (!all_caps_built_) {
        for (const Token& t : doc_.tokens)
            if (t.is(shape::kAllCaps)) all_caps_words_.insert(lower(doc_.text.substr(t.begin, t.end - t.begin)));
        all_caps_built_ = true;
    }
    return all_caps_words_.count(acronym) > 0;
}

// "United Press Agency announced": a sentence-initial common word that starts a run whose
// initials the article writes as an acronym.
bool MentionFinder::starts_acronym_name(std::uint32_t i, std::uint32_t end) const {
    if (!tok(i).is(shape::kCap) || tok(i).is(shape::kAllCaps) || tok(i).has(lx::kStop | lx::kPronoun)) return false;
    std::uint32_t k = i + 1;
    while (k < end && k < i + 6 && tok(k).is(shape::kCap) && !tok(k).is(shape::kPunct) && !tok(k).has(lx::kStop)) ++k;
    for (std::uint32_t b = k; b >= i + 2; --b)
        if (acronym_written(i, b)) return true;
    return false;
}

// One capitalised word that names nothing: a code or rating with a digit ("MD-11",
// "Baa-2", "G-7"), a month's abbreviation before a day ("Jan 5"), a time zone, a holiday.
bool MentionFinder::single_word_names_nothing(std::uint32_t a) const {
    std::string_view t = text(a);
    if (std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    // "WE", "THE" in a shouted phrase: a function word ("US" is a place).
    if (tok(a).is(shape::kAllCaps) && tok(a).has(lx::kStop | lx::kPronoun) && !tok(a).has(kPlaceFlags)) return true;
    // "Exxon Corp <XON>": a stock ticker in angle brackets.
    if (tok(a).is(shape::kAllCaps) && a > 0 && text(a - 1) == "<" && a + 1 < doc_.tokens.size() && text(a + 1) == ">")
        return true;
    // "I'm", "We've": a pronoun's contraction.
    for (std::string_view c : {"'m", "'ve", "'ll", "'re", "'d"})
        if (t.size() > c.size() && t.substr(t.size() - c.size()) == c) return true;
    // "(D-Kan)", "R-Tex": a legislator's party and state.
    if (t.size() >= 3 && (t[0] == 'D' || t[0] == 'R' || t[0] == 'I') && t[1] == '-' && t[2] >= 'A' && t[2] <= 'Z')
        return true;
    // "April/May", "January/December": months or common words joined by a slash.
    if (std::size_t sl = t.find('/'); sl != std::string_view::npos && sl > 0 && sl + 1 < t.size()) {
        bool all_words = true;
        for (std::string_view part : {t.substr(0, sl), t.substr(sl + 1)}) {
            const LexRecord* r = lex_.find(lower(part));
            if (!r || !(r->flags & (lx::kCommon | lx::kMonth | lx::kWeekday))) all_words = false;
        }
        if (all_words) return true;
    }
    std::string w = lower(t);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (one_of(w, {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}))
        return a + 1 < doc_.tokens.size() && tok(a + 1).is(shape::kDigit);
    return one_of(w, {"est", "edt", "cst", "cdt", "mst", "pst", "pdt", "gmt", "bst", "cet", "christmas",
                      "easter", "thanksgiving",
                      // economic measures and units written as acronyms
                      "gnp", "gdp", "cpi", "ppi", "libor", "ecu", "ecus", "sdr", "sdrs", "vat", "aids", "ebit"});
}

// "Rhode Island-based", "Democratic-written": a run ending in an adjective compound names
// nothing itself.
bool MentionFinder::ends_in_compound_adjective(std::uint32_t a, std::uint32_t b) const {
    std::string_view t = text(b - 1);
    std::size_t h = t.rfind('-');
    if (h == std::string_view::npos || h == 0 || t.size() - h < 4) return false;
    for (std::size_t k = h + 1; k < t.size(); ++k)
        if (t[k] < 'a' || t[k] > 'z') return false;
    (void)a;
    // A participle ("-based", "-written", "-owned", "-led"), not a name's syllable ("Sang-yon").
    std::string_view part = t.substr(h + 1);
    bool participle = part.size() >= 3 && (part.substr(part.size() - 2) == "ed" || part.substr(part.size() - 2) == "en" ||
                                           part.substr(part.size() - 3) == "ing");
    const LexRecord* r = lex_.find(part);
    return participle && r && (r->flags & lx::kCommon);
}

// "Year-to-date figures": a sentence-initial compound of common words is no name.
bool MentionFinder::common_compound(std::uint32_t i) const {
    std::string_view t = text(i);
    std::size_t h = t.find('-');
    if (h == std::string_view::npos || h == 0) return false;
    const LexRecord* r = lex_.find(lower(t.substr(0, h)));
    return r && (r->flags & lx::kCommon) && !(r->flags & (kPlaceFlags | lx::kDemonym | lx::kGiven));
}

// "Lake Onega", "Ural Mountains", "Gulf of Bothnia": geographic names are places.
bool MentionFinder::division_word(std::uint32_t i) const {
    return tok(i).is(shape::kCap) && (is_word(i, "county") || is_word(i, "province") || is_word(i, "prefecture") ||
                                      is_word(i, "parish") || is_word(i, "township"));
}

// "his wife Jordan", "her husband Mikael": one capitalised word after a noun of kin is a
// person's given name, whatever a gazetteer knows it as.
bool MentionFinder::after_kin_noun(std::uint32_t i) const {
    if (i == 0 || !tok(i).is(shape::kCap) || tok(i).is(shape::kSentenceStart) || tok(i).is(shape::kAllCaps)) return false;
    const Token& n = tok(i - 1);
    return n.is(shape::kLower) && n.has(lx::kRelNoun) && n.lex &&
           n.lex->noun_relation == static_cast<int>(Relation::family);
}

bool MentionFinder::is_name_suffix_word(std::uint32_t i) const {
    std::string w = lower(text(i));
    if (!w.empty() && w.back() == '.') w.pop_back();
    return is_name_suffix(w);
}

bool MentionFinder::geographic_name(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || tok(b - 1).has(lx::kEventHead)) return false;
    // "Medical Center of Lund Beach", "Lund Savings Bank of Hot Springs": a body named with
    // its town, not the town.
    for (std::uint32_t k = a; k + 1 < b; ++k)
        if (tok(k).is(shape::kCap) && tok(k).has(lx::kOrgHead)) return false;
    std::string last = lower(text(b - 1)), first = lower(text(a));
    if (b - a >= 3 && text(a + 1) == "of" && geographic_of(a)) return true;  // "Gulf of Lund"
    return one_of(last, {"mountains", "mountain", "river", "lake", "island", "islands", "bay", "sea",
                         "ocean", "valley", "canal", "strait", "straits", "peninsula", "desert",
                         "airport", "hills", "coast",
                         // streets: "the church on Lund Avenue", "Lund Market Street itself"
                         "street", "avenue", "road", "boulevard", "highway",
                         // towns named for a feature: "Lund Beach", "Lund Springs"
                         "beach", "springs", "falls", "heights",
                         // a division of a country: "Lund County", "Lund Prefecture",
                         // "Lund and Tarn Counties"
                         "county", "counties", "province", "provinces", "prefecture", "parish",
                         "township",
                         // a named works is a place: "the Lund River Plant, in Tarnby"
                         "plant"}) ||
           // "Lund District", not a court's "Northern District"
           (one_of(last, {"district", "districts"}) && !tok(b - 2).has(lx::kCommon)) ||
           (one_of(first, {"lake", "mount", "mt.", "cape", "port", "fort", "gulf"}) && !tok(a).is(shape::kSentenceStart));
}

// "Stora Kopparbergs AB" has its head last; a run whose first word is no given name and
// that holds a head word or a place later on ("Lloyds Bank Canada", "Credit Lund First
// Boston", "Exxon U.S.A.") names an organisation, not a person; one ending in a demonym
// ("North German", "anti-Lund Kurdish") names nothing.
int MentionFinder::not_a_person(std::uint32_t a, std::uint32_t b, int s) {
    if (tok(a).has(lx::kGiven | lx::kFemale) || tok(a).has(lx::kHonorific)) return -2;
    if (tok(b - 1).has(lx::kDemonym) && !tok(b - 1).has(kPlaceFlags)) return -1;
    for (std::uint32_t k = a; k < b; ++k) {
        if (!tok(k).is(shape::kCap) || (k == a && tok(k).has(lx::kCommon | kPlaceFlags))) continue;
        if (tok(k).has(lx::kOrgHead | kPlaceFlags) && !tok(k).has(lx::kGiven)) {
            Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
            m.name = m.surface;
            return push(std::move(m));
        }
    }
    return -2;
}

// "Lund Herons", "New Lund Rangers": a city or region (no given name) and the plural of a
// common word or a demonym name a team, not a person (a surname is no plural of a word:
// "Lund Roberts") nor the place ("Peru Banks" has a country).
bool MentionFinder::team_by_place(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || tok(a).has(lx::kGiven | lx::kFemale)) return false;
    std::string_view last = text(b - 1);
    if (last.size() < 4 || last.back() != 's' || !tok(b - 1).is(shape::kCap) || tok(b - 1).is(shape::kAllCaps))
        return false;
    bool place = false;
    for (std::uint32_t k = b - 1; k > a && !place; --k) {
        const LexRecord* r = phrase(a, k);
        place = r && (r->flags & (lx::kCity | lx::kRegion)) && !(r->flags & (lx::kCountry | lx::kPlaceAbbrev));
    }
    if (!place) return false;
    const LexRecord* r = lex_.find(lower(last.substr(0, last.size() - 1)));
    if (r) return (r->flags & (lx::kCommon | lx::kDemonym)) && !(r->flags & (lx::kGiven | lx::kFemale));
    // "Lima Zorvets": a plural no word list knows, in neither form, names a team too, unless
    // the recogniser reads a person there ("Orlando Rojas").
    if (tok(b - 1).lex) return false;
    return std::none_of(doc_.recognised.begin(), doc_.recognised.end(), [&](const RecognisedName& n) {
        return n.type == NodeType::Person && n.first < b && n.last > b - 1;
    });
}

// "the Bank said": a head word alone is the last organisation named with it ("Bank of
// Lund"); with none, it names nothing ("the Company", "the Group"). Bodies one of a kind
// ("Congress", "the Senate") stay as they are (-2).
int MentionFinder::head_word_alone(std::uint32_t a, int s) {
    std::string w = lower(text(a));
    // Bodies that are one of a kind alone ("Congress", "the Senate", "the House").
    if (one_of(w, {"house", "senate", "congress", "parliament", "assembly", "cabinet", "government", "pentagon", "navy",
                   "army", "administration", "times", "post"}))
        return -2;
    // Parties named by their members ("the Socialists", "Liberals"): an organisation.
    if (one_of(w, {"communists", "socialists", "liberals", "republicans", "democrats", "conservatives", "greens",
                   "nationalists", "sandinistas", "tories"})) {
        Mention m = make(a, a + 1, s, NodeType::Organization, MentionKind::Name);
        m.name = m.surface;
        return push(std::move(m));
    }
    for (std::size_t m = doc_.mentions.size(); m-- > 0;) {
        const Mention& o = doc_.mentions[m];
        if (o.type != NodeType::Organization || o.kind != MentionKind::Name || o.last - o.first < 2) continue;
        for (std::uint32_t k = o.first; k < o.last; ++k) {
            if (lower(text(k)) != w) continue;
            Mention h = make(a, a + 1, s, NodeType::Organization, MentionKind::Name);
            h.name = o.name;
            return push(std::move(h));
        }
    }
    // "the Company said": a head word alone that joins no organisation is a generic noun.
    return -1;
}

// A place the gazetteer knows (not one typed by its geographic head, "Pan Ocean", which a
// longer organisation's name may still claim).
bool MentionFinder::gazetteer_place(const Mention& m) const {
    if (m.type != NodeType::Place) return false;
    const LexRecord* r = phrase(m.first, m.last);
    return r && (r->flags & (kPlaceFlags | lx::kDemonym));
}

}  // namespace kg::extract::mention_rules

namespace kg::extract::mention_rules {

bool MentionFinder::is_quote(std::uint32_t i) const {
    if (tok(i).is(shape::kQuote)) return true;
    std::string_view t = text(i);
    return t == "`" || (t == "'" && !tok(i).is(shape::kPossessive));
}

// "`` The Long Road Home ''", "\"Give the Kept Money Back\"": the name lies in a quote that
// holds only title-case words (the small words of a title aside) and a final comma or stop.
bool MentionFinder::in_quoted_title(std::uint32_t a, std::uint32_t b, int s) const {
    const Sentence& sent = doc_.sentences[s];
    auto title_word = [&](std::uint32_t i) {
        const Token& t = tok(i);
        if (t.is(shape::kPunct)) return text(i) == ":" || text(i) == "&" || text(i) == "-";
        if (t.is(shape::kCap) || t.is(shape::kDigit)) return true;
        return one_of(text(i), {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "and", "or", "with",
                                "by", "de", "vs", "vs."});
    };
    std::uint32_t k = a;
    while (k > sent.first_token && title_word(k - 1)) --k;
    if (k == sent.first_token || !is_quote(k - 1)) return false;
    std::uint32_t e = b;
    while (e < sent.last_token && title_word(e)) ++e;
    while (e < sent.last_token && one_of(text(e), {",", ".", "!", "?"})) ++e;
    if (e >= sent.last_token || !is_quote(e)) return false;
    // A title, not a quoted sentence: few words, the first one capitalised.
    return e - k <= 10 && tok(k).is(shape::kCap);
}

bool MentionFinder::is_work_cue(std::uint32_t i) const {
    if (!tok(i).is(shape::kLower)) return false;
    const LexRecord* r = lex_.find(lower(text(i)));
    return r && r->institution == "#work";
}

// "the film Lund Road", "the sequel to Lund Road", "its sequel, Lund Road", "the Lund Road
// movie" (not a person's: "a Rosa Vidal novel" names her).
bool MentionFinder::next_to_work_cue(std::uint32_t a, std::uint32_t b, int s) const {
    const Sentence& sent = doc_.sentences[s];
    if (a > sent.first_token && is_work_cue(a - 1)) return true;
    if (a < sent.first_token + 2 || !is_work_cue(a - 2)) return false;
    if (text(a - 1) == "to") return true;  // "the sequel to Lund Road"
    // "its sequel, Lund Falls." (an apposition), not "the series, Rosa recovers ...".
    return text(a - 1) == "," && (b >= sent.last_token || one_of(text(b), {",", ".", ";", ")"}));
}

bool MentionFinder::lexicon_marks(std::uint32_t i, std::string_view mark) const {
    // Looked up in full: a lower-case token keeps only its special-word record, and these
    // nouns are plain dictionary words otherwise.
    const LexRecord* r = lex_.find(lower(text(i)));
    return r && r->institution == mark;
}

// "the frigate Lund Star", "its warship, Lund Star,"; not a noun after the name, which names
// the ship's owner ("the Acme tanker").
bool MentionFinder::next_to_vessel_noun(std::uint32_t a, std::uint32_t b, int s) const {
    const Sentence& sent = doc_.sentences[s];
    auto noun = [&](std::uint32_t i) { return tok(i).is(shape::kLower) && lexicon_marks(i, "#vessel"); };
    if (a > sent.first_token && noun(a - 1)) return true;
    return a >= sent.first_token + 2 && noun(a - 2) && text(a - 1) == "," &&
           (b >= sent.last_token || one_of(text(b), {",", ".", ";", ")"}));
}

// Ships: "the tanker Lund Star", "MV Lund Star" (and "the Lund Star" again later).
void MentionFinder::add_vessels(std::unordered_set<std::string>& names) const {
    for (const Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.name.empty() || m.title_first >= 0) continue;
        bool prefixed = m.last - m.first >= 2 && !tok(m.first).is(shape::kLower) &&
                        lexicon_marks(m.first, "#vessel-prefix");
        if (!prefixed && !next_to_vessel_noun(m.first, m.last, m.sentence)) continue;
        names.insert(lower(m.surface));
        if (!prefixed) continue;
        names.insert(lower(doc_.span_text(m.first + 1, m.last)));
        // "HMS Lund Royal Naval Ship Lund": a run that swallowed more than the name; the ship
        // is later called by the word after its prefix.
        if (m.last - m.first > 3 && !tok(m.first + 1).lex) names.insert(lower(text(m.first + 1)));
    }
}

void MentionFinder::drop_works_and_awards() {
    std::unordered_set<std::string> works = recognised_works_;  // lower-case surfaces of works
    add_vessels(works);
    for (const Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.name.empty() || m.title_first >= 0) continue;
        bool trademark = m.surface.find("\xC2\xAE") != std::string::npos ||
                         m.surface.find("\xE2\x84\xA2") != std::string::npos;  // ® ™
        if (trademark || in_quoted_title(m.first, m.last, m.sentence) || next_to_work_cue(m.first, m.last, m.sentence))
            works.insert(lower(m.surface));
        else if (m.type != NodeType::Person && m.last < doc_.sentences[m.sentence].last_token &&
                 is_work_cue(m.last) && m.first > 0 && is_word(m.first - 1, "the"))
            works.insert(lower(m.surface));
    }
    // Awards: "a Lumen nomination", "hosted the Lumens". A word written capitalised both alone
    // before a lower-case noun and with a plural "s" names a prize, never a person (names take
    // no plural) nor a team (a team's member is not written before a noun: "a Ranger and").
    std::unordered_set<std::string> caps;  // capitalised words as written
    for (std::uint32_t i = 0; i < doc_.tokens.size(); ++i)
        if (tok(i).is(shape::kCap) && !tok(i).is(shape::kAllCaps) && !tok(i).is(shape::kPunct))
            caps.insert(std::string(text(i)));
    std::unordered_map<std::string, int> persons = person_words();
    std::unordered_set<std::string> awards;
    const std::uint32_t kNamed = lx::kOrgHead | lx::kDemonym | kPlaceFlags | lx::kOrgAdj | lx::kTitle | lx::kEventHead;
    for (std::uint32_t i = 0; i + 1 < doc_.tokens.size(); ++i) {
        const Token& t = tok(i);
        if (!t.is(shape::kCap) || t.is(shape::kAllCaps) || t.is(shape::kPunct) || t.has(kNamed)) continue;
        const Token& n = tok(i + 1);
        if (!n.is(shape::kLower) || n.has(lx::kStop | lx::kVerb | lx::kPronoun)) continue;
        std::string w(text(i));
        if (w.size() < 3 || !caps.count(w + "s") || persons.count(lower(w))) continue;
        awards.insert(lower(w));
        awards.insert(lower(w) + "s");
    }
    if (works.empty() && awards.empty()) return;
    // The recogniser's names were added one sentence at a time: drop those a later cue showed.
    for (Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.name.empty() || m.title_first >= 0) continue;
        std::string surface = lower(m.surface);
        for (std::string_view sign : {"\xC2\xAE", "\xE2\x84\xA2"})
            if (std::size_t p = surface.find(sign); p != std::string::npos) surface.erase(p, sign.size());
        std::string last = lower(text(m.last - 1));
        for (std::string_view sign : {"\xC2\xAE", "\xE2\x84\xA2"})
            if (std::size_t p = last.find(sign); p != std::string::npos) last.erase(p, sign.size());
        if (works.count(lower(m.surface)) || awards.count(last)) m.name.clear();
    }
    doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                       [](const Mention& m) { return m.kind == MentionKind::Name && m.name.empty(); }),
                        doc_.mentions.end());
}

}  // namespace kg::extract::mention_rules
