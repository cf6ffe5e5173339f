#include "extract/mentions.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract {
namespace {

// Words that start a name even at the start of a sentence (a given name only when it is not
// also a common word: "Will", "Mark").
constexpr std::uint32_t kStrongNameFlags = lx::kCountry | lx::kCity | lx::kRegion |
                                           lx::kDemonym | lx::kPlaceAbbrev | lx::kTitle |
                                           lx::kTitleMod | lx::kOrgHead | lx::kOrgAdj |
                                           lx::kHonorific | lx::kEventHead;
constexpr std::uint32_t kPlaceFlags = lx::kCountry | lx::kCity | lx::kRegion | lx::kPlaceAbbrev;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

std::string title_case(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (char& c : out) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        start = c == ' ';
    }
    return out;
}

// A run of capitalised tokens, before it is typed.
struct Run {
    std::uint32_t first, last;
};

class MentionFinder {
   public:
    MentionFinder(Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

    void run() {
        collect_mid_sentence_capitals();
        for (std::size_t s = 0; s < doc_.sentences.size(); ++s) scan_sentence(static_cast<int>(s));
        persons_naming_organisations();
        type_singletons();
        lower_case_organisations();
        attach_lowercase_titles();
        sort_mentions();
        // Title owners were recorded as indices before sorting; they are re-linked by position.
        relink_owners();
        doc_.mention_of_token.assign(doc_.tokens.size(), -1);
        for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
            const Mention& mm = doc_.mentions[m];
            if (mm.kind == MentionKind::Name && mm.name.empty()) continue;
            for (std::uint32_t t = mm.first; t < mm.last; ++t)
                if (doc_.mention_of_token[t] < 0) doc_.mention_of_token[t] = static_cast<int>(m);
        }
    }

   private:
    Document& doc_;
    const Lexicon& lex_;
    std::unordered_set<std::string> mid_caps_;
    // Singletons waiting for the whole article to be seen: mention index.
    std::vector<std::size_t> singletons_;
    std::vector<bool> headline_singleton_;
    std::vector<std::size_t> pending_common_;  // runs of common words kept only as organisations

    const Token& tok(std::size_t i) const { return doc_.tokens[i]; }
    // Is token i the lower-case word w, whatever its case? (No allocation.)
    bool is_word(std::size_t i, std::string_view w) const {
        std::string_view t = text(i);
        if (t.size() != w.size()) return false;
        for (std::size_t k = 0; k < t.size(); ++k)
            if ((t[k] >= 'A' && t[k] <= 'Z' ? static_cast<char>(t[k] + 32) : t[k]) != w[k]) return false;
        return true;
    }
    std::string_view text(std::size_t i) const { return doc_.token_text(i); }

    void collect_mid_sentence_capitals() {
        for (const Sentence& s : doc_.sentences) {
            if (s.all_caps) continue;
            for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
                const Token& t = tok(i);
                if (t.is(shape::kCap) && !t.is(shape::kSentenceStart) && i > s.first_token &&
                    !tok(i - 1).is(shape::kQuote))
                    if (!mid_caps_.count(lower(text(i)))) mid_caps_.insert(lower(text(i)));
            }
        }
    }

    bool name_like(std::uint32_t i, bool first_in_run) const {
        const Token& t = tok(i);
        if (t.is(shape::kPunct) || !(t.is(shape::kCap) || t.is(shape::kAllCaps))) return false;
        std::uint32_t f = t.flags();
        if (f & (lx::kPronoun | lx::kMonth | lx::kWeekday)) return false;
        if (t.is(shape::kSentenceStart) && first_in_run) {
            // A given name that is also a word ("Tom", "Will") starts a name when a capitalised
            // word follows it.
            bool given_before_name = (f & lx::kGiven) && i + 1 < doc_.tokens.size() &&
                                     tok(i + 1).is(shape::kCap) && !tok(i + 1).is(shape::kPunct);
            bool strong = (f & kStrongNameFlags) || ((f & lx::kGiven) && !(f & lx::kCommon)) || given_before_name;
            if ((f & (lx::kCommon | lx::kStop | lx::kNumberWord)) && !strong &&
                !mid_caps_.count(lower(text(i))))
                return false;
            if ((f & lx::kStop) && !strong) return false;  // "The", "In", "It"
        }
        return true;
    }

    bool is_connector(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const {
        std::string_view w = text(i);
        if (i + 1 >= end) return false;
        if (w == "&") return true;
        if (w == "and") return and_joins_organisation(i, run_first, end);
        if (w != "of" && w != "for" && w != "on" && w != "de" && w != "du" && w != "von" && w != "van" &&
            w != "al" && w != "bin" && w != "ibn" && w != "al-" && w != "el-" && w != "da" && w != "di")
            return false;
        if (w == "of" || w == "for" || w == "on") {
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
    bool and_joins_organisation(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const {
        for (std::uint32_t k = run_first; k < i; ++k)
            if (tok(k).has(lx::kOrgHead) && tok(k).is(shape::kCap)) return false;
        std::uint32_t k = i + 1;
        while (k < end && name_like(k, false)) ++k;
        return k > i + 1 && tok(k - 1).has(lx::kOrgHead) && tok(k - 1).is(shape::kCap);
    }

    void scan_sentence(int s) {
        const Sentence& sent = doc_.sentences[s];
        if (sent.all_caps) return;
        std::uint32_t end = sent.last_token;
        for (std::uint32_t i = sent.first_token; i < end;) {
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
            if (!name_like(i, true)) {
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
            classify_run(i, j, s, sent.headline);
            i = j;
        }
    }

    Mention make(std::uint32_t a, std::uint32_t b, int s, NodeType type, MentionKind kind) {
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
    void add_org_description(std::uint32_t i, const Sentence& sent) {
        std::uint32_t d = i;
        while (d > sent.first_token && d + 2 > i && tok(d - 1).is(shape::kLower) && !tok(d - 1).has(lx::kStop)) --d;
        if (d == sent.first_token || !is_word(d - 1, "the")) return;
        if (i + 1 < sent.last_token && (text(i + 1) == "of" || tok(i + 1).is(shape::kCap))) return;
        Mention m = make(d - 1, i + 1, static_cast<int>(&sent - doc_.sentences.data()), NodeType::Organization,
                         MentionKind::Description);
        m.title = "#org";
        doc_.mentions.push_back(std::move(m));
    }

    void add_pronoun(std::uint32_t i, int s, std::uint32_t sentence_first) {
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

    // The lexicon record of the phrase made of tokens [a, b), if any.
    const LexRecord* phrase(std::uint32_t a, std::uint32_t b) const {
        if (b - a == 1) return tok(a).lex;
        std::string key;
        for (std::uint32_t k = a; k < b; ++k) {
            if (k > a) key += ' ';
            key += lower(text(k));
        }
        const LexRecord* r = lex_.find(key);
        if (!r && !key.empty() && key.back() == '.') r = lex_.find(std::string_view(key).substr(0, key.size() - 1));
        return r;
    }

    bool run_has(std::uint32_t a, std::uint32_t b, std::uint32_t flags) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (tok(k).is(shape::kCap) && tok(k).has(flags)) return true;
        return false;
    }

    // Splits a run into [owner] [title] [name] and types each part.
    void classify_run(std::uint32_t a, std::uint32_t b, int s, bool headline) {
        std::uint8_t gender = kUnknownGender;
        if (tok(a).has(lx::kHonorific) && b - a > 1) {
            std::uint32_t f = tok(a).flags();
            gender = (f & lx::kFemale) ? kFemaleGender : (f & lx::kMale) ? kMaleGender : kUnknownGender;
            ++a;
        }
        // An organisation's name ends in its head word ("Foreign Ministry", "Department of
        // Justice"): then it holds no title split.
        bool org = ends_as_org(a, b) && !starts_with_title_of(a, b);
        if (!org) {
            // The last title head with a name after it.
            for (std::uint32_t k = b; k-- > a;) {
                if (!tok(k).has(lx::kTitle) || !tok(k).is(shape::kCap)) continue;
                std::uint32_t tb = k;
                while (tb > a && title_word_before(tb - 1)) --tb;
                int owner = -1;
                if (tb > a) owner = classify_plain(a, tb, s, false, false);
                // "Secretary of State John Whitehead", "Minister of Heavy Industries": the
                // field after "of" belongs to the title.
                std::uint32_t title_end = k + 1;
                if (title_end < b && (text(title_end) == "of" || text(title_end) == "for")) {
                    std::uint32_t f = title_end + 1;
                    if (f < b && text(f) == "the") ++f;
                    while (f < b && tok(f).has(lx::kCommon) && !tok(f).has(lx::kGiven | lx::kFemale) &&
                           !tok(f).has(kPlaceFlags | lx::kDemonym))
                        ++f;
                    title_end = f;
                }
                if (title_end >= b) {
                    add_title_only(tb, b, owner, s);
                    return;
                }
                int person = classify_person(title_end, b, s, headline);
                if (person >= 0) {
                    Mention& p = doc_.mentions[person];
                    p.gender = p.gender ? p.gender : gender;
                    set_title(p, tb, title_end, owner);
                }
                return;
            }
        }
        int m = classify_plain(a, b, s, true, headline);
        if (m >= 0 && gender) doc_.mentions[m].gender = gender;
    }

    // "Minister of Heavy Industries": a title and its field, not an organisation.
    bool starts_with_title_of(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k + 1 < b && k < a + 4; ++k) {
            if (tok(k).has(lx::kTitle) && (text(k + 1) == "of" || text(k + 1) == "for")) return true;
            if (!tok(k).has(lx::kTitle | lx::kTitleMod)) return false;
        }
        return false;
    }

    // Words that build a title before its head: "Deputy Foreign", "Oil" (in "Oil Minister"),
    // but not a place, a demonym, a given name or a body ("Treasury Secretary": the body owns).
    bool title_word_before(std::uint32_t i) const {
        const Token& t = tok(i);
        if (t.has(lx::kDemonym | lx::kCountry | lx::kPlaceAbbrev | lx::kCity | lx::kRegion)) return false;
        if (t.has(lx::kTitleMod | lx::kTitle)) return true;
        return t.is(shape::kCap) && t.has(lx::kCommon) &&
               !t.has(lx::kGiven | lx::kOrgHead | lx::kOrgHeadLower | lx::kStop);
    }

    bool ends_as_org(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k) {
            if (!tok(k).is(shape::kCap)) continue;
            if (tok(k).has(lx::kOrgHead) && !tok(k).has(lx::kTitle)) {
                // The head word or "head of X" ends the run.
                if (k + 1 == b) return true;
                if (text(k + 1) == "of" || text(k + 1) == "for" || text(k + 1) == "&") return true;
            }
        }
        return false;
    }

    void set_title(Mention& p, std::uint32_t tb, std::uint32_t te, int owner) {
        p.title_first = static_cast<std::int32_t>(tb);
        p.title_last = static_cast<std::int32_t>(te);
        p.title = title_label(tb, te);
        set_owner(p, owner);
    }

    // Owners are kept as token ranges while mentions are added, removed and sorted.
    void set_owner(Mention& p, int owner) {
        p.title_owner = -1;
        p.owner_first = p.owner_last = -1;
        if (owner < 0) return;
        p.owner_first = static_cast<std::int32_t>(doc_.mentions[owner].first);
        p.owner_last = static_cast<std::int32_t>(doc_.mentions[owner].last);
    }

    std::string title_label(std::uint32_t tb, std::uint32_t te) const {
        std::string label;
        for (std::uint32_t k = tb; k < te; ++k) {
            std::string w = lower(text(k));
            if (tok(k).is(shape::kPrefix) || w == "former" || w == "then" || w == "now") continue;
            if (!label.empty()) label += ' ';
            label += w;
        }
        return label;
    }

    void add_title_only(std::uint32_t tb, std::uint32_t te, int owner, int s) {
        // "The Swedish Ambassador to Chile": a description of a person named elsewhere.
        std::uint32_t start = owner >= 0 ? doc_.mentions[owner].first : tb;
        if (start == 0 || !is_word(start - 1, "the")) {
            // A bare title ("as Deputy Foreign Minister") is kept for the relation patterns.
            Mention m = make(tb, te, s, NodeType::Other, MentionKind::Description);
            m.title = title_label(tb, te);
            m.title_first = static_cast<std::int32_t>(tb);
            m.title_last = static_cast<std::int32_t>(te);
            set_owner(m, owner);
            m.name.clear();
            m.type = NodeType::Other;  // not a person reference; never resolved
            doc_.mentions.push_back(std::move(m));
            return;
        }
        Mention m = make(tb, te, s, NodeType::Person, MentionKind::Description);
        m.title = title_label(tb, te);
        m.title_first = static_cast<std::int32_t>(tb);
        m.title_last = static_cast<std::int32_t>(te);
        set_owner(m, owner);
        doc_.mentions.push_back(std::move(m));
    }

    int push(Mention m) {
        doc_.mentions.push_back(std::move(m));
        return static_cast<int>(doc_.mentions.size() - 1);
    }

    int classify_person(std::uint32_t a, std::uint32_t b, int s, bool headline) {
        int m = classify_plain(a, b, s, true, headline);
        if (m >= 0 && doc_.mentions[m].type == NodeType::Other) doc_.mentions[m].type = NodeType::Person;
        return m;
    }

    // A run without a title: organisation, event, place, demonym, acronym or person.
    // Returns the mention index, or -1. `allow_person` is false for a title's owner.
    int classify_plain(std::uint32_t a, std::uint32_t b, int s, bool allow_person, bool headline) {
        if (a >= b) return -1;
        std::uint32_t n = b - a;
        if (n == 1 && tok(a).has(lx::kOrgHead) &&
            ((tok(a).is(shape::kSentenceStart) && !mid_caps_.count(lower(text(a)))) ||
             (b < doc_.tokens.size() && tok(b).has(lx::kGeneric))))
            return -1;  // "Administration officials said": a head word alone names nothing
        if (ends_as_org(a, b) || (n > 1 && tok(b - 1).has(lx::kOrgHead) && tok(b - 1).is(shape::kCap))) {
            Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
            m.name = m.surface;
            int idx = push(std::move(m));
            // "Polish Foreign Ministry": the country qualifying the body is a mention too.
            if (n > 1 && tok(a).has(lx::kDemonym | lx::kCountry | lx::kPlaceAbbrev) &&
                !tok(a).is(shape::kHyphen))
                add_place(a, a + 1, s);
            return idx;
        }
        if (n > 1 && tok(b - 1).has(lx::kEventHead) && tok(b - 1).is(shape::kCap)) {
            Mention m = make(a, b, s, NodeType::Event, MentionKind::Name);
            m.name = m.surface;
            return push(std::move(m));
        }
        if (const LexRecord* r = phrase(a, b); r && (r->flags & (kPlaceFlags | lx::kDemonym)) && !r->canonical.empty()) {
            if (!((r->flags & lx::kPlaceAbbrev) && tok(a).is(shape::kLower)))
                return add_place(a, b, s);
        }
        if (tok(a).has(lx::kDemonym)) {
            int place = add_place(a, a + 1, s);
            if (n > 1) classify_plain(a + 1, b, s, allow_person, headline);
            return place;
        }
        if (n == 1 && tok(a).has(lx::kOrgAdj) && tok(a).is(shape::kCap)) {
            Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
            m.name = std::string(tok(a).lex->canonical);
            return push(std::move(m));
        }
        if (n == 1 && tok(a).is(shape::kAllCaps) && text(a).size() <= 6) {
            Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
            m.name = m.surface;
            return push(std::move(m));
        }
        if (n > 1) {
            // "U.S. Real estate": a place followed by capitalised common words.
            for (std::uint32_t k = std::min<std::uint32_t>(b - 1, a + 3); k > a; --k) {
                const LexRecord* r = phrase(a, k);
                if (!r || !(r->flags & (kPlaceFlags | lx::kDemonym)) || r->canonical.empty()) continue;
                bool common_tail = true;
                for (std::uint32_t q = k; q < b; ++q)
                    if (!tok(q).has(lx::kCommon) || tok(q).has(lx::kOrgHead | lx::kGiven | lx::kTitleMod)) common_tail = false;
                if (common_tail) return add_place(a, k, s);
                break;
            }
        }
        if (n > 1) {
            // A place phrase at the start: split off a leading
            // place when the rest starts a name of its own? Kept simple: a person name needs a
            // given name or a word that is not a common word.
            bool given = tok(a).has(lx::kGiven | lx::kFemale);
            bool uncommon = false;
            for (std::uint32_t k = a; k < b; ++k)
                if (!tok(k).has(lx::kCommon | lx::kStop) && tok(k).is(shape::kCap)) uncommon = true;
            if (!given && !uncommon) {
                // "Union Central Life": capitalised common words name something only when an
                // organisation written elsewhere starts with them; decided later.
                if (tok(a).is(shape::kSentenceStart) || !allow_person) return -1;
                Mention m = make(a, b, s, NodeType::Other, MentionKind::Name);
                m.name = m.surface;
                pending_common_.push_back(doc_.mentions.size());
                return push(std::move(m));
            }
            if (!allow_person) {
                Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
                m.name = m.surface;
                return push(std::move(m));
            }
            Mention m = make(a, b, s, NodeType::Person, MentionKind::Name);
            m.name = m.surface;
            if (tok(a).has(lx::kFemale) || female_by_ending(text(a))) m.gender = kFemaleGender;
            return push(std::move(m));
        }
        // One word: typed once the whole article has been seen.
        Mention m = make(a, b, s, NodeType::Other, MentionKind::Name);
        m.name = m.surface;
        singletons_.push_back(doc_.mentions.size());
        headline_singleton_.push_back(headline || tok(a).is(shape::kSentenceStart));
        return push(std::move(m));
    }

    static bool female_by_ending(std::string_view given) {
        return given.size() > 2 && given.back() == 'a';
    }

    int add_place(std::uint32_t a, std::uint32_t b, int s) {
        const LexRecord* r = phrase(a, b);
        Mention m = make(a, b, s, NodeType::Place,
                         r && (r->flags & lx::kDemonym) && !(r->flags & kPlaceFlags) ? MentionKind::Demonym
                                                                                      : MentionKind::Name);
        m.name = r && !r->canonical.empty() ? std::string(r->canonical) : m.surface;
        return push(std::move(m));
    }

    // "a spokesman for Manhattan National" after "Manhattan National Corp": a name that
    // starts an organisation's name written elsewhere is that organisation.
    void persons_naming_organisations() {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> orgs;
        for (const Mention& m : doc_.mentions)
            if (m.type == NodeType::Organization && m.kind == MentionKind::Name) orgs.emplace_back(m.first, m.last);
        for (Mention& m : doc_.mentions) {
            if (m.kind != MentionKind::Name || m.type == NodeType::Organization || m.type == NodeType::Place ||
                m.title_first >= 0)
                continue;
            std::uint32_t n = m.last - m.first;
            for (auto [of, ol] : orgs) {
                if (ol - of <= n) continue;
                bool prefix = true;
                for (std::uint32_t k = 0; k < n && prefix; ++k) prefix = text(of + k) == text(m.first + k);
                if (prefix) {
                    m.type = NodeType::Organization;
                    break;
                }
            }
        }
        for (std::size_t k : pending_common_)
            if (doc_.mentions[k].type != NodeType::Organization) doc_.mentions[k].name.clear();
        // Singletons retyped here are no longer waiting for a type.
        for (std::size_t k = 0; k < singletons_.size(); ++k)
            if (doc_.mentions[singletons_[k]].type == NodeType::Organization) singletons_[k] = SIZE_MAX;
        std::size_t w = 0;
        for (std::size_t k = 0; k < singletons_.size(); ++k) {
            if (singletons_[k] == SIZE_MAX) continue;
            singletons_[w] = singletons_[k];
            headline_singleton_[w] = headline_singleton_[k];
            ++w;
        }
        singletons_.resize(w);
        headline_singleton_.resize(w);
    }

    // Words that name a person elsewhere in the article: the last and first words of full
    // names ("Hahn Sang-yon": Korean names put the family name first), and one-word names
    // written with a title ("President Reagan").
    std::unordered_map<std::string, int> person_words() const {
        std::unordered_map<std::string, int> words;
        for (const Mention& m : doc_.mentions) {
            if (m.type == NodeType::Person && m.kind == MentionKind::Name && m.last - m.first > 1) {
                ++words[lower(text(m.last - 1))];
                ++words[lower(text(m.first))];
            }
            if (m.kind == MentionKind::Name && m.last - m.first == 1 && m.title_first >= 0)
                ++words[lower(text(m.first))];
        }
        return words;
    }

    // One-word names: a person's surname when a full name ends with it, a given name, an
    // unknown word (an organisation); common words and unknown words at the start of a
    // headline need such support.
    void type_singletons() {
        std::unordered_map<std::string, int> surnames = person_words();
        // "Lund", "Jackson": a one-word place that is a person's name in this article is
        // that person.
        for (Mention& m : doc_.mentions)
            if (m.type == NodeType::Place && m.kind == MentionKind::Name && m.last - m.first == 1 &&
                !tok(m.first).has(lx::kCountry | lx::kPlaceAbbrev) && surnames.count(lower(text(m.first))))
                m.type = NodeType::Person;
        for (std::size_t k = 0; k < singletons_.size(); ++k) {
            Mention& m = doc_.mentions[singletons_[k]];
            std::string w = lower(m.surface);
            const Token& t = tok(m.first);
            bool has_title = m.title_first >= 0;
            if (m.last < doc_.tokens.size() && tok(m.last).is(shape::kLower) && tok(m.last).has(lx::kNonEntityHead) &&
                !has_title) {
                m.name.clear();  // "the Louvre pact"
            } else if (surnames.count(w) || has_title) {
                m.type = NodeType::Person;
            } else if (t.has(lx::kGiven | lx::kFemale) && !t.has(lx::kCommon)) {
                m.type = NodeType::Person;
            } else if (t.has(lx::kCommon) || headline_singleton_[k] || t.has(lx::kTitleMod)) {
                m.name.clear();  // dropped: a capitalised common word, an unsupported headline word
            } else {
                m.type = NodeType::Organization;
            }
        }
        // A person introduced only by title and surname ("Ambassador Holm") is typed above;
        // remove dropped mentions.
        doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                           [](const Mention& m) {
                                               return m.kind == MentionKind::Name && m.name.empty();
                                           }),
                            doc_.mentions.end());
    }

    int mention_ending_at(std::uint32_t last) const {
        for (std::size_t m = doc_.mentions.size(); m-- > 0;)
            if (doc_.mentions[m].last == last && doc_.mentions[m].kind != MentionKind::Pronoun) return static_cast<int>(m);
        return -1;
    }
    int mention_starting_at(std::uint32_t first) const {
        for (std::size_t m = 0; m < doc_.mentions.size(); ++m)
            if (doc_.mentions[m].first == first) return static_cast<int>(m);
        return -1;
    }

    static bool is_body_word(std::string_view w) {
        return w == "ministry" || w == "committee" || w == "council" || w == "party" || w == "commission" ||
               w == "agency" || w == "department" || w == "board" || w == "group" || w == "union";
    }

    bool noun_like(std::uint32_t i) const {
        const Token& t = tok(i);
        return t.is(shape::kLower) && !t.has(lx::kStop | lx::kVerb) && !t.is(shape::kPrefix);
    }

    // "Danish parliament", "UK intelligence", "the Lund administration", "Lund's campaign",
    // "the US election", "the foreign affairs committee of ...".
    void lower_case_organisations() {
        std::size_t count = doc_.mentions.size();
        for (std::size_t mi = 0; mi < count; ++mi) {
            Mention& m = doc_.mentions[mi];
            if (m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description) continue;
            std::uint32_t h = m.last + (m.possessive ? 1 : 0);
            const Sentence& sent = doc_.sentences[m.sentence];
            if (h >= sent.last_token) continue;
            const Token& head = tok(h);
            if (!head.is(shape::kLower)) continue;
            bool followed_by_noun = h + 1 < sent.last_token && noun_like(h + 1);
            if (m.type == NodeType::Place && !m.possessive && head.has(lx::kOrgHeadLower) && !followed_by_noun) {
                Mention org = make(m.first, h + 1, m.sentence, NodeType::Organization, MentionKind::Name);
                org.name = org.surface;
                doc_.mentions.push_back(std::move(org));  // the place stays: it qualifies the body
                continue;
            }
            if (m.type == NodeType::Place && head.has(lx::kEventHead) && !followed_by_noun) {
                Mention ev = make(m.first, h + 1, m.sentence, NodeType::Event, MentionKind::Name);
                ev.name = ev.surface;
                doc_.mentions.push_back(std::move(ev));
                continue;
            }
            std::string hw = lower(text(h));
            if (m.type == NodeType::Organization && m.kind == MentionKind::Name && !m.possessive &&
                is_body_word(hw)) {
                // "the Heavy Industries ministry", "the Baath party": the head joins the name.
                m.last = h + 1;
                m.surface = std::string(doc_.span_text(m.first, m.last));
                m.name = m.surface;
                m.possessive = m.last < doc_.tokens.size() && tok(m.last).is(shape::kPossessive);
                continue;
            }
            if ((m.type == NodeType::Person || m.type == NodeType::Organization) &&
                m.last - m.first == 1 && m.title_first < 0 &&
                (hw == "administration" || hw == "campaign" || hw == "government") &&
                (m.possessive || (m.first > 0 && is_word(m.first - 1, "the")))) {
                // A name used as a modifier: the organisation, not the person.
                Mention org = make(m.first, h + 1, m.sentence, NodeType::Organization, MentionKind::Name);
                org.surface = std::string(doc_.span_text(m.first, h + 1));
                org.name = m.surface + " " + hw;
                org.possessive = h + 1 < doc_.tokens.size() && tok(h + 1).is(shape::kPossessive);
                m.name.clear();  // replaced
                m.kind = MentionKind::Name;
                doc_.mentions.push_back(std::move(org));
            }
        }
        doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                           [](const Mention& m) {
                                               return m.kind == MentionKind::Name && m.name.empty();
                                           }),
                            doc_.mentions.end());
        // "the foreign affairs committee of the lower house": a lower-case named body.
        for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
            const Sentence& sent = doc_.sentences[s];
            for (std::uint32_t i = sent.first_token; i + 3 < sent.last_token; ++i) {
                if (!is_word(i, "the")) continue;
                std::uint32_t k = i + 1;
                while (k < sent.last_token && k - i <= 3 && noun_like(k) && !tok(k).has(lx::kOrgHead)) ++k;
                if (k == i + 1 || k + 1 >= sent.last_token) continue;
                std::string hw = lower(text(k));
                bool body = hw == "committee" || hw == "commission" || hw == "council" ||
                            hw == "subcommittee" || hw == "panel" || hw == "tribunal";
                if (!body || text(k + 1) != "of") continue;
                Mention org = make(i + 1, k + 1, s, NodeType::Organization, MentionKind::Name);
                org.name = title_case(org.surface);
                doc_.mentions.push_back(std::move(org));
                i = k;
            }
        }
    }

    // Lower-case titles before a name ("spokeswoman Anna Rossi", "special counsel
    // Ada Kim", "another veteran Chilean diplomat, Rosa Vidal") and after it
    // ("Rosa Vidal, a Chilean diplomat,").
    void attach_lowercase_titles() {
        std::size_t count = doc_.mentions.size();
        for (std::size_t mi = 0; mi < count; ++mi) {
            if (doc_.mentions[mi].type != NodeType::Person || doc_.mentions[mi].kind != MentionKind::Name)
                continue;
            Mention& p = doc_.mentions[mi];
            if (p.title_first >= 0) {
                if (p.owner_first < 0) set_owner(p, possessive_owner(static_cast<std::uint32_t>(p.title_first), p.sentence));
                continue;
            }
            const Sentence& sent = doc_.sentences[p.sentence];
            std::uint32_t te = p.first;
            bool appositive = false;
            if (te > sent.first_token && text(te - 1) == ",") {
                appositive = true;
                --te;
            }
            std::uint32_t tb = te;
            while (tb > sent.first_token && tok(tb - 1).is(shape::kLower) &&
                   tok(tb - 1).has(lx::kTitle | lx::kTitleMod) && !tok(tb - 1).has(lx::kStop))
                --tb;
            if (tb == te || !tok(te - 1).has(lx::kTitle)) {
                attach_title_after(mi);
                continue;
            }
            // The owner: a mention ending right before the title, or a demonym among
            // adjectives after a determiner ("another veteran Chilean diplomat").
            std::uint32_t k = tb;
            int owner = mention_ending_at(k);
            if (owner < 0) owner = possessive_owner(k, p.sentence);
            if (appositive) {
                if (owner < 0) {
                    // Skip adjectives back to a determiner.
                    std::uint32_t d = k;
                    while (d > sent.first_token && tok(d - 1).is(shape::kLower) && !tok(d - 1).has(lx::kStop)) --d;
                    if (d == sent.first_token || !is_determiner(d - 1)) continue;
                } else if (doc_.mentions[owner].type != NodeType::Place) {
                    continue;
                }
            }
            set_title(doc_.mentions[mi], tb, te, owner);
        }
    }

    bool is_determiner(std::uint32_t i) const {
        std::string w = lower(text(i));
        return w == "a" || w == "an" || w == "another" || w == "the" || w == "former" || w == "one";
    }

    // "Lund's short-lived National Security Adviser": a possessive name before the title,
    // over lower-case adjectives.
    int possessive_owner(std::uint32_t title_first, int s) const {
        const Sentence& sent = doc_.sentences[s];
        std::uint32_t k = title_first;
        while (k > sent.first_token && tok(k - 1).is(shape::kLower) && !tok(k - 1).has(lx::kStop) &&
               !tok(k - 1).has(lx::kVerb) && title_first - k < 3)
            --k;
        if (k == sent.first_token || !tok(k - 1).is(shape::kPossessive)) return -1;
        return mention_ending_at(k - 1);
    }

    // "Hahn Sang-yon, president of the company", "Ciriaco De Mita, Christian Democratic Party
    // secretary", "Rosa Vidal, a Chilean diplomat,".
    void attach_title_after(std::size_t mi) {
        Mention& p = doc_.mentions[mi];
        const Sentence& sent = doc_.sentences[p.sentence];
        std::uint32_t k = p.last;
        if (k + 1 >= sent.last_token || text(k) != ",") return;
        std::uint32_t t = k + 1;
        if (is_determiner(t)) ++t;
        int owner = -1;
        std::uint32_t tb = 0, te = 0;
        for (; t < sent.last_token && t < k + 9; ++t) {
            int m = mention_starting_at(t);
            if (m >= 0 && (doc_.mentions[m].type == NodeType::Place || doc_.mentions[m].type == NodeType::Organization) &&
                !te) {
                owner = m;
                t = doc_.mentions[m].last - 1;
                continue;
            }
            if (m >= 0) break;
            if (tok(t).has(lx::kTitle | lx::kTitleMod) && !tok(t).has(lx::kStop)) {
                if (!tb) tb = t;
                te = t + 1;
                continue;
            }
            if (te || !tok(t).is(shape::kLower) || tok(t).has(lx::kStop)) break;
        }
        if (!te || !tok(te - 1).has(lx::kTitle)) return;
        if (te + 1 < sent.last_token && (text(te) == "of" || text(te) == "at" || text(te) == "for")) {
            std::uint32_t o = te + 1;
            while (o < sent.last_token && o < te + 4 && (is_word(o, "the") || noun_like(o))) {
                if (mention_starting_at(o) >= 0) break;
                ++o;
            }
            int m = mention_starting_at(o);
            if (m >= 0 && doc_.mentions[m].type != NodeType::Person) owner = m;
        }
        set_title(p, tb, te, owner);
    }

    // Mentions in text order, longest first at the same start (a stable sort). The order is
    // found on indices and applied once: a Mention holds three strings, moving them around in
    // the sort itself cost more than the comparisons. Mostly they are in order already.
    void sort_mentions() {
        std::vector<Mention>& ms = doc_.mentions;
        auto before = [&](std::uint32_t a, std::uint32_t b) {
            return ms[a].first != ms[b].first ? ms[a].first < ms[b].first : ms[a].last > ms[b].last;
        };
        std::vector<std::uint32_t> order(ms.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        if (std::is_sorted(order.begin(), order.end(), before)) return;
        std::stable_sort(order.begin(), order.end(), before);
        std::vector<Mention> sorted;
        sorted.reserve(ms.size());
        for (std::uint32_t i : order) sorted.push_back(std::move(ms[i]));
        ms = std::move(sorted);
    }

    void relink_owners() {
        for (Mention& m : doc_.mentions) {
            m.title_owner = -1;
            if (m.owner_first < 0) continue;
            for (std::size_t o = 0; o < doc_.mentions.size(); ++o) {
                const Mention& c = doc_.mentions[o];
                if (static_cast<std::int32_t>(c.first) == m.owner_first &&
                    static_cast<std::int32_t>(c.last) == m.owner_last) {
                    m.title_owner = static_cast<int>(o);
                    break;
                }
            }
        }
    }
};

}  // namespace

bool is_age_word(std::string_view w) {
    // "66-year-old"
    std::size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    return d > 0 && w.substr(d) == "-year-old";
}

void find_mentions(Document& doc, const Lexicon& lexicon) { MentionFinder(doc, lexicon).run(); }

}  // namespace kg::extract
