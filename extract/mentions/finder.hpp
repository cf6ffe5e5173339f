// Internal to the mention finder (extract/mentions.cpp, extract/mentions/*.cpp): the class that
// finds and types an article's mentions, one file per step; not part of the library's interface.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/mentions.hpp"

namespace kg::extract::mention_rules {

// Words that start a name even at the start of a sentence (a given name only when it is not
// also a common word: "Will", "Mark").
constexpr std::uint32_t kStrongNameFlags = lx::kCountry | lx::kCity | lx::kRegion |
                                           lx::kDemonym | lx::kPlaceAbbrev | lx::kTitle |
                                           lx::kTitleMod | lx::kOrgHead | lx::kOrgAdj |
                                           lx::kHonorific | lx::kEventHead;
constexpr std::uint32_t kPlaceFlags = lx::kCountry | lx::kCity | lx::kRegion | lx::kPlaceAbbrev;

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

inline std::string title_case(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (char& c : out) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        start = c == ' ';
    }
    return out;
}

// "49ers", "12ers": a team's nickname written with its number; it continues a name and makes
// it a team's (an organisation).
inline bool numbered_nickname(std::string_view w) {
    std::size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    if (d == 0 || d > 3 || w.size() < d + 3 || w.substr(w.size() - 3) != "ers") return false;
    for (std::size_t k = d; k < w.size(); ++k)
        if (w[k] < 'a' || w[k] > 'z') return false;
    return true;
}

// "QX1234567890": a filing code, no word of a name (datelines.cpp).
bool filing_code(std::string_view w);

// A run of capitalised tokens, before it is typed.
struct Run {
    std::uint32_t first, last;
};

class MentionFinder {
   public:
    MentionFinder(Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

    void run();

   private:
    Document& doc_;
    const Lexicon& lex_;
    // Capitalised words inside a sentence (not its first word, nor after a quote), as token
    // indices: the few questions about them ("is 'Administration' written so elsewhere?")
    // cost less than a set of their lower-case strings built for every article.
    std::vector<std::uint32_t> mid_caps_;
    // The same, in sentences that are no headline: a title-case headline capitalises every word.
    std::vector<std::uint32_t> body_caps_;
    // The words of mid_caps_ / body_caps_ / all-capitals tokens in ASCII lower case, built on the
    // first question once the list is long: a long article asks about most of its words, and a
    // scan of the list per question made it quadratic in the article's length.
    mutable std::unordered_set<std::string> mid_caps_words_, body_caps_words_, all_caps_words_;
    mutable bool all_caps_built_ = false;
    static constexpr std::size_t kScanAtMost = 64;  // shorter lists are scanned
    bool in_headline_ = false;  // scan_sentence is reading a headline (not in capitals)
    // Surfaces of works the recogniser named where a cue showed them ("the sequel to X"): its
    // other readings of the same words are left out too (lower case).
    mutable std::unordered_set<std::string> recognised_works_;
    // Full names the rules typed Person that the article follows with "he", "her"... before
    // any other name (recognised.cpp): the recogniser's MISC or ORG does not undo them.
    std::unordered_set<std::string> pronoun_persons_;
    void collect_pronoun_persons();
    mutable std::string phrase_key_;  // phrase()'s buffer
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

    void collect_mid_sentence_capitals();
    // Is the word (in any case) written capitalised inside a sentence somewhere in the article?
    bool capitalised_mid_sentence(std::string_view word) const {
        return written_in(mid_caps_, mid_caps_words_, word);
    }
    // Is `word` (any case) the text of one of the tokens `list`? `words` is their lower-case
    // set, filled on the first question about a long list.
    bool written_in(const std::vector<std::uint32_t>& list, std::unordered_set<std::string>& words,
                    std::string_view word) const {
        if (list.size() <= kScanAtMost) {
            for (std::uint32_t i : list)
                if (same_word_any_case(text(i), word)) return true;
            return false;
        }
        if (words.empty())
            for (std::uint32_t i : list) words.insert(lower(text(i)));
        return words.count(lower(word)) > 0;
    }
    static bool same_word_any_case(std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k) {
            char x = a[k], y = b[k];
            if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
            if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
            if (x != y) return false;
        }
        return true;
    }

    bool capitalised_in_body(std::string_view word) const {
        return written_in(body_caps_, body_caps_words_, word);
    }

    bool name_like(std::uint32_t i, bool first_in_run) const;
    // "HUGE", "FIRE": a common word shouted in capitals inside a sentence is no acronym.
    bool shouted_common_word(std::uint32_t i) const;
    // "Star Checks Into Clinic": in a title-case headline a common word that the article's
    // sentences never capitalise is no part of a name.
    bool headline_common_word(std::uint32_t i) const;
    // "Lt. Ada Kim of the Harbour Police": a title and a person's name before "of" end the
    // name there (the body after "of" is the title's owner, not part of one name).
    bool titled_name_before(std::uint32_t run_first, std::uint32_t i) const;
    // "Gulf of ...", "Horn of ...": a geographic word that takes "of" into a place's name.
    bool geographic_of(std::uint32_t first) const;

    bool is_connector(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const;

    // "Information Systems and Storage Group": "and" inside an organisation's name, when the
    // words after it end in a head word and those before it have none.
    bool titles_joined(std::uint32_t i, std::uint32_t end) const;
    bool and_joins_organisation(std::uint32_t i, std::uint32_t run_first, std::uint32_t end) const;
    // "Commission for Elections and Referenda": a head word, "for" or "on", and the
    // capitalised fields it serves (tokens [run_first, i)), joined by "and" if `joined_already`.
    bool serves_fields(std::uint32_t run_first, std::uint32_t i, bool joined_already) const;

    void scan_sentence(int s);

    // Wire copy's datelines and source lines (datelines.cpp).
    bool source_capitals(std::uint32_t i) const;
    std::uint32_t place_before_source(std::uint32_t a, std::uint32_t b, int s) const;
    std::uint32_t company_of_town(std::uint32_t a, std::uint32_t b) const;
    std::uint32_t place_before_source_from(std::uint32_t a, std::uint32_t p, std::uint32_t b, int s) const;
    // "Lundby KRONIKA": the run [a, b) added as a place and a name in capitals; returns the
    // name's end (it may go on past b), a if it is no such run.
    std::uint32_t split_source_line(std::uint32_t a, std::uint32_t b, int s);
    std::uint32_t dateline_place(const Sentence& sent);
    // "of Trapper Hollow, Montana": a name before a comma and a state is a town (towns.cpp).
    void towns_before_states();
    bool state_after_comma(std::uint32_t comma, const Sentence& sent) const;
    // The spans named so, a company's town and a town before its state, as first << 32 |
    // last: their types stand against the recogniser's.
    std::unordered_set<std::uint64_t> wire_names_;
    int push_wire_name(std::uint32_t a, std::uint32_t b, int s, NodeType type);
    bool wire_name(const Mention& m) const {
        return !wire_names_.empty() && wire_names_.count(static_cast<std::uint64_t>(m.first) << 32 | m.last) > 0;
    }

    Mention make(std::uint32_t a, std::uint32_t b, int s, NodeType type, MentionKind kind);

    // "the company", "the news agency": an organisation named before.
    void add_org_description(std::uint32_t i, const Sentence& sent);

    void add_pronoun(std::uint32_t i, int s, std::uint32_t sentence_first);

    // The lexicon record of the phrase made of tokens [a, b), if any.
    const LexRecord* phrase(std::uint32_t a, std::uint32_t b) const;
    bool no_phrase_of_length(std::uint32_t a, std::uint32_t n) const;

    bool run_has(std::uint32_t a, std::uint32_t b, std::uint32_t flags) const;

    // Splits a run into [owner] [title] [name] and types each part.
    void classify_run(std::uint32_t a, std::uint32_t b, int s, bool headline);

    // "Minister of Heavy Industries": a title and its field, not an organisation.
    bool starts_with_title_of(std::uint32_t a, std::uint32_t b) const;

    // Words that build a title before its head: "Deputy Foreign", "Oil" (in "Oil Minister"),
    // but not a place, a demonym, a given name or a body ("Treasury Secretary": the body owns).
    bool title_word_before(std::uint32_t i) const;

    bool ends_as_org(std::uint32_t a, std::uint32_t b) const;
    bool has_titled_name_after(std::uint32_t from, std::uint32_t b) const;
    bool is_name_connector(std::uint32_t i) const;  // "of", "for", "and"... inside a name
    bool rank_before_owner(std::uint32_t i) const;  // "Deputy" of "Deputy U.S. Ambassador X"
    bool is_rank_word(std::uint32_t i) const;       // "Deputy", "Vice", "Acting"...
    bool has_of_between(std::uint32_t a, std::uint32_t b) const;

    void set_title(Mention& p, std::uint32_t tb, std::uint32_t te, int owner);

    // Owners are kept as token ranges while mentions are added, removed and sorted.
    void set_owner(Mention& p, int owner);

    std::string title_label(std::uint32_t tb, std::uint32_t te) const;

    void add_title_only(std::uint32_t tb, std::uint32_t te, int owner, int s);

    int push(Mention m);

    int classify_person(std::uint32_t a, std::uint32_t b, int s, bool headline);

    // A run without a title: organisation, event, place, demonym, acronym or person.
    // Returns the mention index, or -1. `allow_person` is false for a title's owner.
    int classify_plain(std::uint32_t a, std::uint32_t b, int s, bool allow_person, bool headline);

    static bool female_by_ending(std::string_view given);

    int add_place(std::uint32_t a, std::uint32_t b, int s);
    bool language_after_in(std::uint32_t a, int s) const;

    // "a spokesman for Manhattan National" after "Manhattan National Corp": a name that
    // starts an organisation's name written elsewhere is that organisation.
    void persons_naming_organisations();

    // Non-entities and typing fixes (non_entities.cpp).
    bool starts_place_phrase(std::uint32_t i, std::uint32_t end) const;
    bool starts_org_name(std::uint32_t i, std::uint32_t end) const;
    bool acronym_written(std::uint32_t a, std::uint32_t b) const;
    bool starts_acronym_name(std::uint32_t i, std::uint32_t end) const;
    bool single_word_names_nothing(std::uint32_t a) const;
    bool geographic_name(std::uint32_t a, std::uint32_t b) const;
    // "County", "Province": a word that ends a division's name ("Lund County").
    bool division_word(std::uint32_t i) const;
    // "Jr.", "Sr.", "III": a generational suffix that ends a person's name.
    bool is_name_suffix_word(std::uint32_t i) const;
    bool after_kin_noun(std::uint32_t i) const;
    bool ends_in_compound_adjective(std::uint32_t a, std::uint32_t b) const;
    bool common_compound(std::uint32_t i) const;
    // -2: no decision (the run may be a person); -1: names nothing; else the mention added.
    int not_a_person(std::uint32_t a, std::uint32_t b, int s);
    // "Lund Herons": a place and the plural of a common word name a team.
    bool team_by_place(std::uint32_t a, std::uint32_t b) const;
    // -2: no earlier organisation has the word (typed as before).
    int head_word_alone(std::uint32_t a, int s);
    bool gazetteer_place(const Mention& m) const;

    // Works, awards and trademarks (non_entities.cpp): films, programmes, books and awards are
    // no entities (gold conventions). A quote holding only title-case words ("`` The Long Road
    // Home ''"), a work's noun next to the name ("the film X", "the sequel, X"), a trademark
    // sign ("Gala®"), or an award written both as "X" before a noun and as "the Xs".
    bool is_quote(std::uint32_t i) const;
    bool in_quoted_title(std::uint32_t a, std::uint32_t b, int s) const;
    bool next_to_work_cue(std::uint32_t a, std::uint32_t b, int s) const;
    bool is_work_cue(std::uint32_t i) const;
    void drop_works_and_awards();
    // Is token i a word the lexicon marks so ("#vessel": a noun before a ship's name)?
    bool lexicon_marks(std::uint32_t i, std::string_view mark) const;
    bool next_to_vessel_noun(std::uint32_t a, std::uint32_t b, int s) const;
    // Ships are no entities either: the lower-case surfaces of the names a vessel noun or a
    // ship prefix shows ("the frigate Lund Star", "MV Lund Star"), for drop_works_and_awards.
    void add_vessels(std::unordered_set<std::string>& names) const;

    // Words that name a person elsewhere in the article: the last and first words of full
    // names ("Hahn Sang-yon": Korean names put the family name first), and one-word names
    // written with a title ("President Reagan").
    std::unordered_map<std::string, int> person_words() const;

    // One-word names: a person's surname when a full name ends with it, a given name, an
    // unknown word (an organisation); common words and unknown words at the start of a
    // headline need such support.
    void type_singletons();
    void drop_legal_forms();
    void drop_party_tags();
    bool staff_title_after(std::uint32_t i) const;
    bool facility_after(const Mention& m) const;
    bool place_before_title(const Mention& m) const;

    int mention_ending_at(std::uint32_t last) const;
    int mention_starting_at(std::uint32_t first) const;

    static bool is_body_word(std::string_view w);

    bool noun_like(std::uint32_t i) const;

    // "Danish parliament", "UK intelligence", "the Lund administration", "Lund's campaign",
    // "the UK election", "the budget committee of ...".
    void lower_case_organisations();

    // Lower-case titles before a name ("spokeswoman Anna Rossi", "special counsel
    // Ada Kim", "another veteran Chilean diplomat, Rosa Vidal") and after it
    // ("Rosa Vidal, a Chilean diplomat,").
    void attach_lowercase_titles();

    bool is_determiner(std::uint32_t i) const;

    // "Lund's short-lived National Security Adviser": a possessive name before the title,
    // over lower-case adjectives.
    int possessive_owner(std::uint32_t title_first, int s) const;

    // "Hahn Sang-yon, president of the company", "Ciriaco De Mita, Christian Democratic Party
    // secretary", "Rosa Vidal, a Chilean diplomat,".
    void attach_title_after(std::size_t mi);
    bool adopt_title_only(Mention& p, const Mention& title_only);

    // Mentions in text order, longest first at the same start (a stable sort). The order is
    // found on indices and applied once: a Mention holds three strings, moving them around in
    // the sort itself cost more than the comparisons. Mostly they are in order already.
    void sort_mentions();

    void relink_owners();

    // The trained recogniser's names (doc_.recognised): a rule mention of the same words
    // takes its type; a name the rules missed is added (recognised.cpp).
    void apply_recognised();
    bool rules_are_sure(const Mention& m, const std::unordered_set<std::string_view>& surnames) const;
    // A name only the recogniser found: cut to the capitalised words it starts with
    // ("Institute in its 90-year history ." -> "Institute"); false when nothing is left.
    bool trim_recognised(RecognisedName& r) const;
    // ... and the evidence against it: part of a longer capitalised run, a title in quotes,
    // common words at the start of a sentence ("Born in ..."), a sentence's first word that is
    // an adverb ("Unsurprisingly,"), a word after "a", a subtitle after a colon, a currency or
    // a pact ("Dollars").
    bool recognised_only_suspect(const RecognisedName& r) const;
    // "Herons" after "Grey Herons": one word that ends an organisation's name written in full is
    // that organisation (run after the recogniser's types).
    void short_forms_of_organisations();
    // One name, one type within the article: its mentions vote, a mention typed on lexical
    // evidence counting more (one_type.cpp).
    void one_type_per_name();
    // "the church" after "Lund Bible Church": a description of an organisation named before
    // by its head word (head_descriptions.cpp).
    void head_word_descriptions();
};

}  // namespace kg::extract::mention_rules
