// Mentions, step 2: a capitalised run is split into [owner] [title] [name] and each part typed
// (organisation, event, place, demonym, acronym, person); one-word names wait for the article.
#include <algorithm>

#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {
namespace {

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "79th", "1st", "22nd", "3rd".
bool ordinal(std::string_view w) {
    if (w.size() < 3) return false;
    const std::string_view suffix = w.substr(w.size() - 2);
    return all_digits(w.substr(0, w.size() - 2)) &&
           (suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd");
}

// "1998": a year of the last two or three centuries.
bool year(std::string_view w) { return w.size() == 4 && all_digits(w) && w >= "1800" && w <= "2199"; }

}  // namespace

// Splits a run into [owner] [title] [name] and types each part.
void MentionFinder::classify_run(std::uint32_t a, std::uint32_t b, int s, bool headline) {
    std::uint8_t gender = kUnknownGender;
    if (tok(a).has(lx::kHonorific) && b - a > 1) {
        std::uint32_t f = tok(a).flags();
        gender = (f & lx::kFemale) ? kFemaleGender : (f & lx::kMale) ? kMaleGender : kUnknownGender;
        ++a;
    }
    // "Former Tomas Lund said", "Foreign Hahn Sang-yon said": a title's modifier with no title
    // after it, before a given name or before words no list knows (a name), is no part of the
    // name (it starts names only to keep "Deputy Foreign Minister").
    auto unknown_name = [&](std::uint32_t from) {
        for (std::uint32_t k = from; k < b; ++k)
            if (!tok(k).is(shape::kCap) || tok(k).is(shape::kAllCaps) || tok(k).flags() != 0) return false;
        return true;
    };
    while (b - a > 2 && tok(a).has(lx::kTitleMod) &&
           !tok(a).has(lx::kTitle | lx::kOrgHead | lx::kGiven | lx::kFemale | kPlaceFlags | lx::kDemonym) &&
           (tok(a + 1).has(lx::kGiven | lx::kFemale) || unknown_name(a + 1)) &&
           !tok(a + 1).has(lx::kTitle | lx::kTitleMod) && !run_has(a, b, lx::kTitle))
        ++a;
    if (ends_in_compound_adjective(a, b)) return;  // "Rhode Island-based", "Democratic-written"
    // "London-based Bank of Lund": the place the organisation is based in describes it.
    if (b - a > 1) {
        std::string_view w = text(a);
        for (std::string_view suffix : {"-based", "-owned", "-controlled", "-run", "-listed"})
            if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
                ++a;
                break;
            }
    }
    // An organisation's name ends in its head word ("Foreign Ministry", "Department of
    // Justice"): then it holds no title split.
    bool org = ends_as_org(a, b) && !starts_with_title_of(a, b);
    if (!org) {
        // The last title head with a name after it.
        for (std::uint32_t k = b; k-- > a;) {
            if (!tok(k).has(lx::kTitle) || !tok(k).is(shape::kCap)) continue;
            if (k + 1 < b && division_word(k + 1)) continue;  // "Prince County": a place, no prince
            // "Manager Walter Bishop", "Ines Marshal": a title word right after a given name is
            // a surname (a title comes before the name, or after it behind a comma).
            if (k > a && tok(k - 1).is(shape::kCap) && tok(k - 1).has(lx::kGiven | lx::kFemale) &&
                !tok(k - 1).has(lx::kTitle | lx::kTitleMod | lx::kHonorific))
                continue;
            // "Martin Lund King Jr.": a title word before a generational suffix is a surname.
            if (k + 2 == b && is_name_suffix_word(b - 1)) continue;
            std::uint32_t tb = k;
            while (tb > a && title_word_before(tb - 1)) --tb;
            // "Lund Herons President and General Manager X": two titles joined, one post-holder.
            while (tb >= a + 2 && text(tb - 1) == "and" && tok(tb - 2).has(lx::kTitle) && tok(tb - 2).is(shape::kCap) &&
                   !tok(tb - 2).has(lx::kOrgHead)) {
                tb -= 2;
                while (tb > a && title_word_before(tb - 1)) --tb;
            }
            // "Council of Economic Advisers Chairman X", "Department of Agriculture Deputy
            // Administrator X": plain words after "of" belong to the owner's name; the title
            // starts at its first rank word or at its head.
            if (tb > a && tb < k) {
                const bool after_connector = is_name_connector(tb - 1);
                if (after_connector || has_of_between(a, tb)) {
                    if (after_connector) ++tb;  // the first word after "of" names the field
                    while (tb < k && !is_rank_word(tb)) ++tb;
                }
            }
            // "Deputy U.S. Ambassador X": a rank word before the owner is the title's, not
            // part of the owner's name.
            std::uint32_t owner_first = a;
            while (owner_first + 1 < tb && rank_before_owner(owner_first)) ++owner_first;
            int owner = -1;
            if (tb > owner_first) owner = classify_plain(owner_first, tb, s, false, false);
            // "Secretary of State John Whitehead", "Minister of Heavy Industries": the
            // field after "of" belongs to the title.
            std::uint32_t title_end = k + 1;
            if (title_end < b && (text(title_end) == "of" || text(title_end) == "for")) {
                std::uint32_t f = title_end + 1;
                if (f < b && text(f) == "the") ++f;
                // "Officials of the National Hockey League": people of a body, named in full.
                if (text(k).back() == 's' && f < b && ends_as_org(f, b)) {
                    add_title_only(tb, k + 1, classify_plain(f, b, s, false, false), s);
                    return;
                }
                while (f < b && tok(f).has(lx::kCommon) && !tok(f).has(lx::kGiven | lx::kFemale) &&
                       !tok(f).has(kPlaceFlags | lx::kDemonym))
                    ++f;
                title_end = f;
            }
            if (title_end >= b) {
                add_title_only(tb, b, owner, s);
                return;
            }
            // "Vice-President of Cargill": one unknown word right after "of" ends the run, so
            // it names the title's organisation, not a person.
            if (text(k + 1) == "of" && title_end == k + 2 && title_end + 1 == b &&
                !tok(title_end).has(lx::kCommon | lx::kGiven | lx::kFemale | kPlaceFlags | lx::kDemonym)) {
                Mention org = make(title_end, b, s, NodeType::Organization, MentionKind::Name);
                org.name = org.surface;
                add_title_only(tb, k + 1, push(std::move(org)), s);
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
bool MentionFinder::starts_with_title_of(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a; k + 1 < b && k < a + 4; ++k) {
        if (tok(k).has(lx::kTitle) && (text(k + 1) == "of" || text(k + 1) == "for")) return true;
        if (!tok(k).has(lx::kTitle | lx::kTitleMod)) return false;
    }
    return false;
}

// Words that build a title before its head: "Deputy Foreign", "Oil" (in "Oil Minister"),
// but not a place, a demonym, a given name or a body ("Treasury Secretary": the body owns).
bool MentionFinder::title_word_before(std::uint32_t i) const {
    const Token& t = tok(i);
    if (t.has(lx::kDemonym | lx::kCountry | lx::kPlaceAbbrev | lx::kCity | lx::kRegion)) return false;
    // "Lund County Judge": the division ends a place's name, it builds no title.
    if (division_word(i) && i > 0 && tok(i - 1).is(shape::kCap) && !tok(i - 1).is(shape::kPunct)) return false;
    if (t.has(lx::kTitleMod | lx::kTitle)) return true;
    // "Treasury Secretary": a body's name word builds the title when a title head follows.
    if (t.is(shape::kCap) && t.has(lx::kOrgHeadLower) && !t.has(lx::kOrgHead | lx::kGiven | lx::kStop) &&
        i + 1 < doc_.tokens.size() && tok(i + 1).has(lx::kTitle))
        return true;
    return t.is(shape::kCap) && t.has(lx::kCommon) &&
           !t.has(lx::kGiven | lx::kOrgHead | lx::kOrgHeadLower | lx::kStop);
}

bool MentionFinder::ends_as_org(std::uint32_t a, std::uint32_t b) const {
    if (b > a + 1 && numbered_nickname(text(b - 1))) return true;  // "Lund 49ers"
    for (std::uint32_t k = a; k < b; ++k) {
        if (!tok(k).is(shape::kCap)) continue;
        if (tok(k).has(lx::kOrgHead) && !tok(k).has(lx::kTitle)) {
            // The head word or "head of X" ends the run, unless a title and a name follow
            // ("Bank of England Governor Robin Hale": the bank's governor).
            if (k + 1 == b) return true;
            if (text(k + 1) == "of" || text(k + 1) == "for" || text(k + 1) == "on" || text(k + 1) == "&")
                return !has_titled_name_after(k + 2, b);
        }
    }
    return false;
}

// A word that ranks a title ("Deputy", "Vice", "Acting" Administrator), unlike a field
// ("Agriculture") or a plural ("Advisers") that may end a body's name.
bool MentionFinder::is_rank_word(std::uint32_t i) const {
    static constexpr std::string_view kRanks[] = {"deputy", "vice", "acting", "assistant", "associate",
                                                  "executive", "senior", "chief", "first", "under"};
    const std::string w = lower(text(i));  // rare: only after "of" inside a run
    for (std::string_view r : kRanks)
        if (w == r) return true;
    return false;
}

// "Deputy", "Acting", "Former" before a title's owner ("Deputy Velmoran Ambassador X").
bool MentionFinder::rank_before_owner(std::uint32_t i) const {
    static constexpr std::string_view kRanks[] = {"deputy", "vice", "acting", "assistant", "associate", "former"};
    if (!tok(i).is(shape::kCap)) return false;
    const std::string w = lower(text(i));
    for (std::string_view r : kRanks)
        if (w == r) return true;
    return false;
}

// "Council of Harbour ...": an owner named "X of Y" takes the plain words up to the title.
bool MentionFinder::has_of_between(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t i = a; i < b; ++i)
        if (text(i) == "of" || text(i) == "for") return true;
    return false;
}

bool MentionFinder::is_name_connector(std::uint32_t i) const {
    std::string_view w = text(i);
    return w == "of" || w == "for" || w == "on" || w == "&" || w == "and" || w == "the";
}

// A capitalised title head followed by what reads as a person's name (a given name, or a
// capitalised word that is no common word): "... Governor Robin Hale", "... Governor Satoshi
// Sumita", not "... Dealers Automated Quotation System" or a title closing the run.
bool MentionFinder::has_titled_name_after(std::uint32_t from, std::uint32_t b) const {
    for (std::uint32_t k = from; k + 1 < b; ++k) {
        if (!tok(k).has(lx::kTitle) || !tok(k).is(shape::kCap) || tok(k).has(lx::kOrgHead)) continue;
        // A name within the next two words: "Satoshi Sumita", "Beryl Sprinkel".
        for (std::uint32_t n = k + 1; n < b && n <= k + 2; ++n) {
            const Token& t = tok(n);
            if (!t.is(shape::kCap) || t.has(lx::kOrgHead | lx::kTitle | lx::kStop)) break;
            if (t.has(lx::kGiven | lx::kFemale) || !t.has(lx::kCommon)) return true;
        }
    }
    return false;
}

void MentionFinder::set_title(Mention& p, std::uint32_t tb, std::uint32_t te, int owner) {
    p.title_first = static_cast<std::int32_t>(tb);
    p.title_last = static_cast<std::int32_t>(te);
    p.title = title_label(tb, te);
    set_owner(p, owner);
}

// Owners are kept as token ranges while mentions are added, removed and sorted.
void MentionFinder::set_owner(Mention& p, int owner) {
    p.title_owner = -1;
    p.owner_first = p.owner_last = -1;
    if (owner < 0) return;
    p.owner_first = static_cast<std::int32_t>(doc_.mentions[owner].first);
    p.owner_last = static_cast<std::int32_t>(doc_.mentions[owner].last);
}

std::string MentionFinder::title_label(std::uint32_t tb, std::uint32_t te) const {
    std::string label;
    for (std::uint32_t k = tb; k < te; ++k) {
        std::string w = lower(text(k));
        if (tok(k).is(shape::kPrefix) || w == "former" || w == "then" || w == "now") continue;
        if (!label.empty()) label += ' ';
        label += w;
    }
    return label;
}

void MentionFinder::add_title_only(std::uint32_t tb, std::uint32_t te, int owner, int s) {
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

int MentionFinder::push(Mention m) {
    doc_.mentions.push_back(std::move(m));
    return static_cast<int>(doc_.mentions.size() - 1);
}

int MentionFinder::classify_person(std::uint32_t a, std::uint32_t b, int s, bool headline) {
    int m = classify_plain(a, b, s, true, headline);
    if (m >= 0 && doc_.mentions[m].type == NodeType::Other) doc_.mentions[m].type = NodeType::Person;
    return m;
}

// A run without a title: organisation, event, place, demonym, acronym or person.
// Returns the mention index, or -1. `allow_person` is false for a title's owner.
int MentionFinder::classify_plain(std::uint32_t a, std::uint32_t b, int s, bool allow_person, bool headline) {
    if (a >= b) return -1;
    std::uint32_t n = b - a;
    if (n == 1 && tok(a).has(lx::kOrgHead) &&
        ((tok(a).is(shape::kSentenceStart) && !capitalised_mid_sentence(text(a))) ||
         (b < doc_.tokens.size() && tok(b).has(lx::kGeneric))))
        return -1;  // "Administration officials said": a head word alone names nothing
    if (n == 1 && single_word_names_nothing(a)) return -1;
    if (n == 1 && allow_person && after_kin_noun(a)) {
        Mention m = make(a, b, s, NodeType::Person, MentionKind::Name);
        m.name = m.surface;
        return push(std::move(m));
    }
    if (n == 1 && tok(a).has(lx::kOrgHead) && tok(a).is(shape::kCap) && !tok(a).is(shape::kAllCaps))
        if (int h = head_word_alone(a, s); h != -2) return h;
    if (n > 1 && tok(b - 1).is(shape::kCap) &&
        (tok(b - 1).has(lx::kNonEntityHead) || is_word(b - 1, "rate") || is_word(b - 1, "rates"))) {
        // "the Lund Accord", "U.S. Dlrs": no entity, but a place before it is still named.
        for (std::uint32_t k = std::min<std::uint32_t>(b - 1, a + 3); k > a; --k)
            if (const LexRecord* r = phrase(a, k); r && (r->flags & (kPlaceFlags | lx::kDemonym)) && !r->canonical.empty())
                return add_place(a, k, s);
        return -1;
    }
    if (n > 1) {
        // A place's own name, even one ending in a head word ("Soviet Union").
        if (const LexRecord* r = phrase(a, b); r && (r->flags & kPlaceFlags) && !r->canonical.empty())
            return add_place(a, b, s);
        if (geographic_name(a, b)) {
            Mention m = make(a, b, s, NodeType::Place, MentionKind::Name);
            m.name = m.surface;
            return push(std::move(m));
        }
    }
    // "the four U.S. Banks have": a country and a plural common noun (written with a capital
    // after it, as some wires do) name the country only.
    if (n > 1 && tok(b - 1).has(lx::kCommon) && !tok(b - 1).has(lx::kGiven) && text(b - 1).back() == 's' &&
        !tok(b - 1).is(shape::kAllCaps) && b < doc_.tokens.size() && tok(b).is(shape::kLower))
        if (const LexRecord* r = phrase(a, b - 1); r && (r->flags & (lx::kCountry | lx::kPlaceAbbrev)) && !r->canonical.empty())
            return add_place(a, b - 1, s);
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
    // "Hurricane Odalys": a storm's name is an event, whatever its given name says.
    if (n > 1 && (is_word(a, "hurricane") || is_word(a, "typhoon") || is_word(a, "cyclone"))) {
        Mention m = make(a, b, s, NodeType::Event, MentionKind::Name);
        m.name = m.surface;
        return push(std::move(m));
    }
    if (n > 1 && tok(b - 1).has(lx::kEventHead) && tok(b - 1).is(shape::kCap)) {
        // "the 41st Tarn Film Festival", "the 1998 Harbor Cup": the ordinal or the year is part of
        // the event's name (one edition of it).
        const bool edition = a > doc_.sentences[s].first_token && (ordinal(text(a - 1)) || year(text(a - 1)));
        Mention m = make(edition ? a - 1 : a, b, s, NodeType::Event, MentionKind::Name);
        m.name = m.surface;
        return push(std::move(m));
    }
    if (n == 1 && language_after_in(a, s)) return -1;
    if (const LexRecord* r = phrase(a, b); r && (r->flags & (kPlaceFlags | lx::kDemonym)) && !r->canonical.empty()) {
        if (!((r->flags & lx::kPlaceAbbrev) && tok(a).is(shape::kLower)))
            return add_place(a, b, s);
    }
    if (tok(a).has(lx::kDemonym)) {
        int place = add_place(a, a + 1, s);
        if (n > 1) classify_plain(a + 1, b, s, allow_person, headline);
        return place;
    }
    // "Americans", "Germans": a plural demonym is a mention of the country.
    if (n == 1 && tok(a).is(shape::kCap) && !tok(a).is(shape::kAllCaps) && text(a).size() > 4 && text(a).back() == 's') {
        std::string singular = lower(text(a).substr(0, text(a).size() - 1));
        if (const LexRecord* r = lex_.find(singular); r && (r->flags & lx::kDemonym) && !r->canonical.empty()) {
            Mention m = make(a, b, s, NodeType::Place, MentionKind::Demonym);
            m.name = std::string(r->canonical);
            return push(std::move(m));
        }
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
    if (n > 1 && team_by_place(a, b)) {  // "Lund Herons"
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
                if (!tok(q).has(lx::kCommon) || tok(q).has(lx::kOrgHead | lx::kGiven) ||
                    (tok(q).has(lx::kTitleMod) && !(r->flags & (lx::kCountry | lx::kPlaceAbbrev))))
                    common_tail = false;  // "U.S. Trade negotiators", not "Lund National Corp"
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
            // "United Press Agency ... UPA": the article spells its initials.
            if (acronym_written(a, b)) {
                Mention m = make(a, b, s, NodeType::Organization, MentionKind::Name);
                m.name = m.surface;
                return push(std::move(m));
            }
            // "Union Central Life": capitalised common words name something only when an
            // organisation written elsewhere starts with them; decided later.
            if (tok(a).is(shape::kSentenceStart) || !allow_person) return -1;
            Mention m = make(a, b, s, NodeType::Other, MentionKind::Name);
            m.name = m.surface;
            pending_common_.push_back(doc_.mentions.size());
            return push(std::move(m));
        }
        if (int r = not_a_person(a, b, s); r != -2) return r;
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

bool MentionFinder::female_by_ending(std::string_view given) {
    return given.size() > 2 && given.back() == 'a';
}

// "said in Finnish", "broadcast in Finnish 1900 GMT": a demonym after "in" with no noun after
// it is the language, no mention of the country.
bool MentionFinder::language_after_in(std::uint32_t a, int s) const {
    if (!tok(a).has(lx::kDemonym) || tok(a).has(kPlaceFlags) || a == 0 || !is_word(a - 1, "in")) return false;
    const Sentence& sent = doc_.sentences[s];
    if (a + 1 >= sent.last_token) return true;
    const Token& next = tok(a + 1);
    return next.is(shape::kPunct) || next.is(shape::kDigit) || (next.is(shape::kLower) && next.has(lx::kStop));
}

int MentionFinder::add_place(std::uint32_t a, std::uint32_t b, int s) {
    const LexRecord* r = phrase(a, b);
    Mention m = make(a, b, s, NodeType::Place,
                     r && (r->flags & lx::kDemonym) && !(r->flags & kPlaceFlags) ? MentionKind::Demonym
                                                                                  : MentionKind::Name);
    m.name = r && !r->canonical.empty() ? std::string(r->canonical) : m.surface;
    return push(std::move(m));
}

}  // namespace kg::extract::mention_rules
