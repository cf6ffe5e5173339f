// Mentions in the lines wire copy puts before and around a story: the dateline of a story
// ("LUNDBY, N.J. (AP) _", "PORT VALE, Ont.") and the source line of a monitored broadcast or
// paper ("Lundby KRONIKA", "QX1234567890 Lundby RADIO NORD in Norse 1900 GMT 3 May 94"):
// capitals there say nothing of a name's words, so the general scan misreads them (a shouted
// place dropped with its all-capitals line, a city and the paper after it read as one person).
#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

// "QX1234567890", "94ZX0125B": a filing code (letters with a run of five digits or more) is no
// word of a name.
bool filing_code(std::string_view w) {
    int digits = 0, run = 0, letters = 0;
    for (char c : w) {
        if (c >= '0' && c <= '9') {
            run = std::max(run, ++digits);
        } else {
            digits = 0;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
        }
    }
    return letters > 0 && run >= 5;
}

// A word written all in capitals with at least three letters ("KRONIKA", "AB-TV"), no place.
bool MentionFinder::source_capitals(std::uint32_t i) const {
    const Token& t = tok(i);
    if (!t.is(shape::kAllCaps) || t.has(kPlaceFlags | lx::kPronoun | lx::kMonth | lx::kWeekday)) return false;
    int letters = 0;
    for (char c : text(i)) {
        if (c >= 'A' && c <= 'Z') ++letters;
        else if (c != '-' && c != '&') return false;
    }
    return letters >= 3;
}

namespace {

// "Radio", "Television": a broadcaster's name in title case after the city of a source line.
bool broadcaster_word(std::string_view w) {
    for (std::string_view b : {"radio", "television", "tv", "network"})
        if (w.size() == b.size() && std::equal(w.begin(), w.end(), b.begin(), [](char x, char y) {
                return (x >= 'A' && x <= 'Z' ? static_cast<char>(x + 32) : x) == y;
            }))
            return true;
    return false;
}

}  // namespace

// The run [a, b) of sentence s is a place written in title case followed by a paper's or a
// broadcaster's name: the place's end, else a. The place is one word or a phrase of up to three
// that the gazetteer knows as a city, region or country ("Lundby", "Port Vale"), not itself in
// capitals (then nothing tells the name after it apart); the name after it is written all in
// capitals, or, in a line without a full stop that the name ends (or "in" and the language
// after it), holds a broadcaster's word ("Tampere Radio Nord in Finnish").
std::uint32_t MentionFinder::place_before_source(std::uint32_t a, std::uint32_t b, int s) const {
    for (std::uint32_t len = std::min<std::uint32_t>(3, b - a - 1); len >= 1; --len) {
        const std::uint32_t p = a + len;
        const LexRecord* r = phrase(a, p);
        if (!r || !(r->flags & (lx::kCity | lx::kRegion | lx::kCountry))) continue;
        // "Panama City": a city named for its country where the gazetteer holds the country.
        if (p + 1 < b && is_word(p, "city") && tok(p).is(shape::kCap) && !tok(p).is(shape::kAllCaps))
            return place_before_source_from(a, p + 1, b, s);
        return place_before_source_from(a, p, b, s);
    }
    return a;
}

// The place is [a, p): p if a paper's or broadcaster's name [p, b) follows it, else a.
std::uint32_t MentionFinder::place_before_source_from(std::uint32_t a, std::uint32_t p, std::uint32_t b, int s) const {
    for (std::uint32_t k = a; k < p; ++k)
        if (!tok(k).is(shape::kCap) || tok(k).is(shape::kAllCaps)) return a;
    bool capitals = true, broadcaster = false;
    for (std::uint32_t k = p; k < b; ++k) {
        capitals = capitals && source_capitals(k);
        broadcaster = broadcaster || broadcaster_word(text(k));
    }
    if (capitals) return p;
    const Sentence& sent = doc_.sentences[s];
    const bool line_ends =
        b >= sent.last_token || (is_word(b, "in") && b + 1 < sent.last_token && tok(b + 1).has(lx::kDemonym));
    return broadcaster && sent.headline && line_ends ? p : a;
}

int MentionFinder::push_wire_name(std::uint32_t a, std::uint32_t b, int s, NodeType type) {
    wire_names_.insert(static_cast<std::uint64_t>(a) << 32 | b);
    if (type == NodeType::Place) return add_place(a, b, s);
    Mention m = make(a, b, s, type, MentionKind::Name);
    m.name = m.surface;
    return push(std::move(m));
}

std::uint32_t MentionFinder::split_source_line(std::uint32_t a, std::uint32_t b, int s) {
    const std::uint32_t p = place_before_source(a, b, s);
    if (p == a) return a;
    // "Lundby THE CHRONICLE": a common word in capitals, which ends a run elsewhere, goes on
    // with a name in capitals.
    const std::uint32_t end = doc_.sentences[s].last_token;
    if (tok(b - 1).is(shape::kAllCaps))
        while (b < end && tok(b).is(shape::kAllCaps) && !tok(b).has(kPlaceFlags) && !filing_code(text(b))) ++b;
    push_wire_name(a, p, s, NodeType::Place);
    push_wire_name(p, b, s, NodeType::Organization);
    return b;
}

// "Lund Marine Inc. of Port Vale": a company's legal form, "of" and its town. Returns the
// token of "of", or b if the run [a, b) is no such name.
std::uint32_t MentionFinder::company_of_town(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a + 1; k + 1 < b; ++k) {
        if (!is_word(k, "of")) continue;
        std::string form = lower(text(k - 1));
        if (!form.empty() && form.back() == '.') form.pop_back();
        if (form != "inc" && form != "corp" && form != "co" && form != "cos" && form != "ltd" && form != "plc" &&
            form != "llc")
            return b;
        // The town is capitalised words, none a body's head ("Co. of Lund Holdings" is a parent).
        for (std::uint32_t t = k + 1; t < b; ++t)
            if (!tok(t).is(shape::kCap) || tok(t).has(lx::kOrgHead)) return b;
        return k;
    }
    return b;
}

// "LUNDBY, N.J.", "PORT VALE, Ont. (AP)", "LUNDBY (AP)": a sentence that opens with words all
// in capitals, then a comma and a state, province or country, or then a wire's credit in
// brackets, opens with a dateline: those words are a place. Returns the token after the place
// (first if none).
std::uint32_t MentionFinder::dateline_place(const Sentence& sent) {
    const std::uint32_t first = sent.first_token, end = sent.last_token;
    std::uint32_t k = first;
    while (k < end && k - first < 5 && tok(k).is(shape::kAllCaps) && !tok(k).has(lx::kPlaceAbbrev)) {
        for (char c : text(k))
            if (c >= '0' && c <= '9') return first;
        ++k;
    }
    if (k == first || k + 1 >= end) return first;
    // The state ends the line or comes before the credit or a dash ("ACME, Lundby and ..." is
    // no dateline).
    auto line_goes_on = [&](std::uint32_t t) {
        return t >= end || text(t) == "(" || text(t) == "_" || text(t) == "-" || text(t) == "--" || text(t) == "." ||
               tok(t).is(shape::kDash);
    };
    // A state the lists lack is still told by its shape there: a short capitalised word with a
    // full stop ("Ind.", "Wash."; the lists leave out those that are words in lower case).
    auto abbreviated = [&](std::uint32_t t) {
        const std::string_view w = text(t);
        const bool stop = w.back() == '.' || (t + 1 < end && text(t + 1) == ".");
        return tok(t).is(shape::kCap) && !tok(t).is(shape::kAllCaps) && w.size() >= 2 && w.size() <= 6 && stop;
    };
    const bool state = text(k) == "," && (tok(k + 1).has(kPlaceFlags) || abbreviated(k + 1)) && tok(k + 1).is(shape::kCap) &&
                       line_goes_on(k + 2);
    const bool credit = text(k) == "(" && k + 2 < end && tok(k + 1).is(shape::kAllCaps) && text(k + 2) == ")";
    if (!state && !credit) return first;
    const int s = static_cast<int>(&sent - doc_.sentences.data());
    push_wire_name(first, k, s, NodeType::Place);
    if (state) push_wire_name(k + 1, k + 2, s, NodeType::Place);
    if (credit) push_wire_name(k + 1, k + 2, s, NodeType::Organization);
    return (state ? k + 2 : k + 3);
}

}  // namespace kg::extract::mention_rules
