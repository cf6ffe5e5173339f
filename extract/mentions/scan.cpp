// Mentions, step 1: each sentence is scanned for capitalised runs (with connectors such as
// "of", "&", "and" inside organisation names), pronouns, "the company" and "the 66-year-old".
#include <algorithm>
#include <iterator>

#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

void MentionFinder::collect_mid_sentence_capitals() {
    for (const Sentence& s : doc_.sentences) {
        if (s.all_caps) continue;
        for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
            const Token& t = tok(i);
            if (t.is(shape::kCap) && !t.is(shape::kSentenceStart) && i > s.first_token &&
                !tok(i - 1).is(shape::kQuote)) {
                mid_caps_.push_back(i);
                if (!s.headline) body_caps_.push_back(i);
            } else if (t.is(shape::kCap) && !s.headline && i + 1 < s.last_token && tok(i + 1).is(shape::kCap) &&
                       !tok(i + 1).is(shape::kPunct)) {
                body_caps_.push_back(i);  // "Arcade Lund Jr., 49, ...": a sentence's first word, in a name
            }
        }
    }
}

bool MentionFinder::name_like(std::uint32_t i, bool first_in_run) const {
    const Token& t = tok(i);
    if (!first_in_run && numbered_nickname(text(i))) return true;
    if (t.is(shape::kPunct) || !(t.is(shape::kCap) || t.is(shape::kAllCaps))) return false;
    if (filing_code(text(i))) return false;
    std::uint32_t f = t.flags();
    if (f & (lx::kPronoun | lx::kMonth | lx::kWeekday)) return false;  // also "PDT", "PM"
    if (shouted_common_word(i)) return false;
    if (t.is(shape::kHyphen)) {
        // "Nevada-A": a word run into the next sentence's article is no name.
        std::string_view w = text(i);
        std::string_view tail = w.substr(w.rfind('-') + 1);
        if (tail == "A" || tail == "An" || tail == "The") return false;
    }
    if (in_headline_ && headline_common_word(i)) return false;
    if (t.is(shape::kSentenceStart) && first_in_run) {
        if (t.is(shape::kHyphen) && !t.lex && common_compound(i)) return false;  // "Year-to-date"
        // A given name that is also a word ("Tom", "Will") starts a name when a capitalised
        // word follows it.
        bool given_before_name = (f & lx::kGiven) && i + 1 < doc_.tokens.size() &&
                                 tok(i + 1).is(shape::kCap) && !tok(i + 1).is(shape::kPunct);
        bool strong = (f & kStrongNameFlags) || ((f & lx::kGiven) && !(f & lx::kCommon)) || given_before_name;
        if ((f & (lx::kCommon | lx::kStop | lx::kNumberWord)) && !strong &&
            !capitalised_mid_sentence(text(i)))
            return false;
        if ((f & lx::kStop) && !strong) return false;  // "The", "In", "It"
    }
    return true;
}

// "HUGE", "FIRE", "THREE PEOPLE HAVE DIED": common words in capitals inside a sentence that is
// not shouted as a whole; acronyms ("UNHCR", "BBC") are no common words.
bool MentionFinder::shouted_common_word(std::uint32_t i) const {
    const Token& t = tok(i);
    if (!t.is(shape::kAllCaps) || text(i).size() < 4) return false;
    std::uint32_t f = t.flags();
    return (f & (lx::kCommon | lx::kStop | lx::kNumberWord)) &&
           !(f & (kPlaceFlags | lx::kDemonym | lx::kOrgHead | lx::kGiven | lx::kFemale | lx::kTitle));
}

// "Star Checks Into Clinic, Rehires Lawyer": a headline in title case capitalises its verbs
// and function words; such a word breaks a name unless a sentence of the article writes it
// capitalised too ("Hale" in a headline and in "Hale Recovery Center").
bool MentionFinder::headline_common_word(std::uint32_t i) const {
    const Token& t = tok(i);
    if (t.is(shape::kAllCaps)) return false;
    std::uint32_t f = t.flags();
    if (!(f & (lx::kCommon | lx::kStop))) return false;
    // "Panama City", "Lund City": "City" after a place names a city.
    if (i > 0 && is_word(i, "city") && tok(i - 1).has(kPlaceFlags)) return false;
    if (f & (lx::kGiven | lx::kFemale | kPlaceFlags | lx::kDemonym | lx::kOrgHead | lx::kTitle | lx::kTitleMod |
             lx::kHonorific | lx::kEventHead | lx::kOrgAdj))
        return false;
    return !capitalised_in_body(text(i));
}

bool MentionFinder::titled_name_before(std::uint32_t run_first, std::uint32_t i) const {
    for (std::uint32_t k = run_first; k < i; ++k) {
        if (!tok(k).has(lx::kTitle) || tok(k).has(lx::kOrgHead)) continue;
        for (std::uint32_t n = k + 1; n < i; ++n) {
            const Token& t = tok(n);
            if (!t.is(shape::kCap) || t.has(lx::kTitle | lx::kTitleMod | lx::kOrgHead | lx::kStop)) continue;
            if (t.has(lx::kGiven | lx::kFemale) || !t.has(lx::kCommon)) return true;
        }
    }
    return false;
}

bool MentionFinder::geographic_of(std::uint32_t first) const {
    static constexpr std::string_view kWords[] = {"gulf", "horn", "bay", "sea", "cape", "isle", "strait", "straits"};
    std::string w = lower(text(first));
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool MentionFinder::is_connector(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const {
    std::string_view w = text(i);
    if (i + 1 >= end) return false;
    // "Lund & Vidal", but "EU & IMF": two acronyms are two bodies.
    if (w == "&") return !(i > run_first && tok(i - 1).is(shape::kAllCaps) && tok(i + 1).is(shape::kAllCaps));
    if (w == "and") return titles_joined(i, end) || and_joins_organisation(i, run_first, end);
    // "Organization for Safety and Trade in Asia": the place the fields serve, after them.
    if (w == "in")
        return i > run_first + 4 && tok(i + 1).has(kPlaceFlags) && name_like(i + 1, false) &&
               serves_fields(run_first, i, true);
    if (w != "of" && w != "for" && w != "on" && w != "de" && w != "du" && w != "von" && w != "van" &&
        w != "al" && w != "bin" && w != "ibn" && w != "al-" && w != "el-" && w != "da" && w != "di")
        return false;
    if (w == "of" && i == run_first + 1 && geographic_of(run_first)) return name_like(i + 1, false);
    if (w == "of" || w == "for" || w == "on") {
        if (titled_name_before(run_first, i)) return false;
        // "Department of Commerce", "Minister of Defense": only after an organisation or
        // title head word.
        bool head = false;
        for (std::uint32_t k = run_first; k < i; ++k)
            if (tok(k).has(lx::kOrgHead | lx::kTitle | lx::kEventHead)) head = true;
        if (!head) return false;
    }
    std::uint32_t next = i + 1;
    if (text(next) == "the" && next + 1 < end) ++next;
    return name_like(next, false);
}

// "Information Systems and Storage Group": "and" inside an organisation's name, when the
// words after it end in a head word and those before it have none.
// The run [run_first, i) is a head word, "for" or "on", and capitalised fields joined by "and"
// ("Commission for Elections and Referenda"): no head word or place among the fields; with
// `joined_already`, an "and" must be among them.
bool MentionFinder::serves_fields(std::uint32_t run_first, std::uint32_t i, bool joined_already) const {
    std::uint32_t k = run_first;
    while (k + 1 < i && !(tok(k).has(lx::kOrgHead) && tok(k).is(shape::kCap) &&
                          (text(k + 1) == "for" || text(k + 1) == "on")))
        ++k;
    if (k + 2 >= i) return false;
    bool joined = false;
    for (std::uint32_t f = k + 2; f < i; ++f) {
        if (text(f) == "and") {
            joined = f > k + 2;
            continue;
        }
        if (!tok(f).is(shape::kCap) || tok(f).is(shape::kPunct) || tok(f).has(lx::kOrgHead | kPlaceFlags)) return false;
    }
    return (joined || !joined_already) && text(i - 1) != "and";
}

// "President and General Manager Ana Vidal": two titles of one person, whose name follows.
bool MentionFinder::titles_joined(std::uint32_t i, std::uint32_t end) const {
    auto title_word = [&](std::uint32_t k) {
        return tok(k).is(shape::kCap) && tok(k).has(lx::kTitle | lx::kTitleMod) && !tok(k).has(lx::kOrgHead);
    };
    if (i == 0 || !title_word(i - 1) || !tok(i - 1).has(lx::kTitle)) return false;
    std::uint32_t k = i + 1;
    while (k < end && k < i + 4 && title_word(k)) ++k;
    return k > i + 1 && k < end && tok(k - 1).has(lx::kTitle) && name_like(k, false) && !title_word(k);
}

bool MentionFinder::and_joins_organisation(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const {
    // "Commission for Elections and Referenda (of Lund)": the fields a body serves.
    {
        std::uint32_t k = i + 1;
        while (k < end && name_like(k, false) && !tok(k).has(lx::kOrgHead | kPlaceFlags)) ++k;
        bool fields_end = k > i + 1 && (k >= end || !name_like(k, false));
        if (fields_end && serves_fields(run_first, i, false)) return true;
    }
    // A head word before "and" ends one organisation ("Acme Corp and Bolt Group"), unless it
    // is a field of business ("Securities and Exchange Commission", "Information Systems
    // and Storage Group").
    static constexpr std::string_view kFields[] = {"securities", "systems", "industries", "communications",
                                                   "services", "technologies", "laboratories", "resources",
                                                   "products", "electronics"};
    for (std::uint32_t k = run_first; k < i; ++k)
        if (tok(k).has(lx::kOrgHead) && tok(k).is(shape::kCap) &&
            std::find(std::begin(kFields), std::end(kFields), lower(text(k))) == std::end(kFields))
            return false;
    std::uint32_t k = i + 1;
    while (k < end && name_like(k, false)) ++k;
    if (!(k > i + 1 && tok(k - 1).has(lx::kOrgHead) && tok(k - 1).is(shape::kCap))) return false;
    // "the United States and Soviet Union": two places, not one body.
    const LexRecord* before = phrase(run_first, i);
    const LexRecord* after = phrase(i + 1, k);
    return !(before && (before->flags & kPlaceFlags)) && !(after && (after->flags & kPlaceFlags));
}

void MentionFinder::scan_sentence(int s) {
    const Sentence& sent = doc_.sentences[s];
    const std::uint32_t start = dateline_place(sent);
    if (sent.all_caps) return;
    in_headline_ = sent.headline;
    std::uint32_t end = sent.last_token;
    for (std::uint32_t i = start; i < end;) {
        const Token& t = tok(i);
        if (t.has(lx::kPronoun) && !t.is(shape::kAllCaps)) {
            add_pronoun(i, s, sent.first_token);
            ++i;
            continue;
        }
        if (t.has(lx::kOrgNoun) && t.is(shape::kLower) && i > sent.first_token) {
            add_org_description(i, sent);
            ++i;
            continue;
        }
        if (is_age_word(text(i)) && i > sent.first_token && is_word(i - 1, "the")) {
            Mention m = make(i - 1, i + 1, s, NodeType::Person, MentionKind::Description);
            m.title = "#age";
            doc_.mentions.push_back(std::move(m));
            ++i;
            continue;
        }
        if (!name_like(i, true) && !starts_place_phrase(i, end) && !starts_org_name(i, end) &&
            !starts_acronym_name(i, end)) {
            ++i;
            continue;
        }
        std::uint32_t j = i + 1;
        while (j < end) {
            if (tok(j).is(shape::kPossessive)) break;
            if (name_like(j, false)) {
                ++j;
                continue;
            }
            if (is_connector(j, i, end)) {
                j += text(j + 1) == "the" ? 2 : 1;
                continue;
            }
            break;
        }
        if (const std::uint32_t of = company_of_town(i, j); of < j) {
            classify_run(i, of, s, sent.headline);
            push_wire_name(of + 1, j, s, NodeType::Place);
        } else if (const std::uint32_t split = j - i < 2 ? i : split_source_line(i, j, s); split > i) {
            j = split;
        } else {
            classify_run(i, j, s, sent.headline);
        }
        i = j;
    }
    in_headline_ = false;
}

Mention MentionFinder::make(std::uint32_t a, std::uint32_t b, int s, NodeType type, MentionKind kind) {
    Mention m;
    m.first = a;
    m.last = b;
    m.sentence = s;
    m.type = type;
    m.kind = kind;
    m.surface = std::string(doc_.span_text(a, b));
    m.possessive = b < doc_.tokens.size() && tok(b).is(shape::kPossessive);
    return m;
}

// "the company", "the news agency": an organisation named before.
void MentionFinder::add_org_description(std::uint32_t i, const Sentence& sent) {
    std::uint32_t d = i;
    while (d > sent.first_token && d + 2 > i && tok(d - 1).is(shape::kLower) && !tok(d - 1).has(lx::kStop)) --d;
    if (d == sent.first_token || !is_word(d - 1, "the")) return;
    // "the team" is the team named before; "the research team", "a rescue team" are groups of
    // people, not a body.
    if (d < i && (is_word(i, "team") || is_word(i, "club") || is_word(i, "franchise"))) return;
    if (i + 1 < sent.last_token && (text(i + 1) == "of" || tok(i + 1).is(shape::kCap))) return;
    Mention m = make(d - 1, i + 1, static_cast<int>(&sent - doc_.sentences.data()), NodeType::Organization,
                     MentionKind::Description);
    m.title = "#org";
    doc_.mentions.push_back(std::move(m));
}

void MentionFinder::add_pronoun(std::uint32_t i, int s, std::uint32_t sentence_first) {
    std::string w = lower(text(i));
    if (w == "it" || w == "its") {
        // "The company said it named ...", "its units": an organisation. Other uses of
        // "it" ("It had been speculated") are left alone.
        std::string before = i > sentence_first ? lower(text(i - 1)) : std::string();
        if (w == "it" && before != "said" && before != "says" && before != "that" && before != "announced")
            return;
        Mention m = make(i, i + 1, s, NodeType::Organization, MentionKind::Pronoun);
        m.possessive = w == "its";
        doc_.mentions.push_back(std::move(m));
        return;
    }
    Mention m = make(i, i + 1, s, NodeType::Person, MentionKind::Pronoun);
    std::uint32_t f = tok(i).flags();
    m.gender = (f & lx::kFemale) ? kFemaleGender : (f & lx::kMale) ? kMaleGender : kUnknownGender;
    m.possessive = w == "his" || w == "her";
    doc_.mentions.push_back(std::move(m));
}

// Does the lexicon surely hold no phrase of n words starting with token a? The first word of
// every phrase has a record of its own, flagged as a phrase head with the length of its
// longest phrase: asked before the phrase's key is built and looked up. Only a token whose
// record is its own word (not its text less a final full stop) can say.
bool MentionFinder::no_phrase_of_length(std::uint32_t a, std::uint32_t n) const {
    const Token& t = tok(a);
    if (!t.lex) return false;  // not looked up (numbers, most lower-case words): no record to ask
    std::string_view w = text(a);
    if ((w.empty() || w.back() == '.') && t.lex->key.size() != w.size()) return false;
    return !(t.flags() & lx::kPhraseHead) || t.lex->phrase_length < n;
}

// The lexicon record of the phrase made of tokens [a, b), if any.
const LexRecord* MentionFinder::phrase(std::uint32_t a, std::uint32_t b) const {
    if (b - a == 1) return tok(a).lex;
    if (b > a && no_phrase_of_length(a, b - a)) return nullptr;
    std::string& key = phrase_key_;  // reused: no allocation per phrase
    key.clear();
    for (std::uint32_t k = a; k < b; ++k) {
        if (k > a) key += ' ';
        for (char c : text(k)) key += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    const LexRecord* r = lex_.find(key);
    if (!r && !key.empty() && key.back() == '.') r = lex_.find(std::string_view(key).substr(0, key.size() - 1));
    return r;
}

bool MentionFinder::run_has(std::uint32_t a, std::uint32_t b, std::uint32_t flags) const {
    for (std::uint32_t k = a; k < b; ++k)
        if (tok(k).is(shape::kCap) && tok(k).has(flags)) return true;
    return false;
}

}  // namespace kg::extract::mention_rules
